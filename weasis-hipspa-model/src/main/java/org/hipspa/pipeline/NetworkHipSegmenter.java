package org.hipspa.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.hipspa.HipspaException;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.ContextSlices;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropResampler;
import org.hipspa.locate.CropSpec;
import org.hipspa.locate.HeadProbability;
import org.hipspa.net.CropPrediction;
import org.hipspa.net.CropStack;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.Segmenter;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;

/**
 * The segment stage on the U-Net: crops every slice of both hips under their boxes (with the
 * neighbouring slices the model's manifest asks for, {@link ContextSlices}), runs them
 * through the network in batches, and samples each probability map back onto the slice, thresholded
 * as the model's manifest says. The same network answers the locate stage's question (where is a
 * femoral head?) through {@link #headProbability()}.
 */
public final class NetworkHipSegmenter implements HipSegmenter {
  private final Segmenter network;
  private final ModelDescription model;
  private final ContextSlices context;

  public NetworkHipSegmenter(Segmenter network) {
    this.network = network;
    this.model = describe(network.manifest());
    this.context = ContextSlices.forChannels(network.inputChannels());
  }

  public static ModelDescription describe(ModelManifest m) {
    CropSpec spec = new CropSpec(m.input().width(), m.input().height(), m.input().pixelSpacingMm());
    String trainedOn = m.training() == null || m.training().data() == null ? "not stated" : m.training().data();
    return new ModelDescription(m.name(), m.version(), m.weights().sha256(), trainedOn, spec);
  }

  @Override
  public ModelDescription model() {
    return model;
  }

  /** The neighbouring slices the network takes beside each slice, from its manifest's input channels. */
  public ContextSlices contextSlices() {
    return context;
  }

  public HeadProbability headProbability() {
    return (crops, cancel) -> predict(crops, Stage.LOCATE, ProgressListener.NONE, cancel).stream()
        .map(p -> p.probability(Structure.FEMORAL_HEAD))
        .toList();
  }

  @Override
  public SeriesSegmentation segment(MrSeries series, Map<HipSide, CropBox> boxes, ProgressListener progress,
      CancelToken cancel) throws HipspaException {
    List<CropStack> crops = new ArrayList<>(series.size() * 2);
    for (int i = 0; i < series.size(); i++) {
      for (HipSide side : HipSide.values()) {
        crops.add(context.crop(series, i, boxes.get(side), model.cropSpec()));
      }
    }
    List<CropPrediction> predictions = predict(crops, Stage.SEGMENT, progress, cancel);
    ModelManifest manifest = network.manifest();
    List<SliceSegmentation> slices = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      HipMasks right = backToSlice(predictions.get(2 * i), boxes.get(HipSide.RIGHT), series, manifest);
      HipMasks left = backToSlice(predictions.get(2 * i + 1), boxes.get(HipSide.LEFT), series, manifest);
      slices.add(new SliceSegmentation(right, left));
    }
    return new SeriesSegmentation(series.seriesInstanceUid(), slices);
  }

  private static HipMasks backToSlice(CropPrediction p, CropBox box, MrSeries series, ModelManifest manifest) {
    BinaryMask[] masks = new BinaryMask[Structure.count()];
    for (Structure s : Structure.values()) {
      masks[s.channel()] = CropResampler.toSliceMask(p.probability(s), box, series.columns(), series.rows(),
          manifest.outputs().get(s.channel()).threshold());
    }
    return new HipMasks(masks[0], masks[1], masks[2]);
  }

  private List<CropPrediction> predict(List<CropStack> crops, Stage stage, ProgressListener progress, CancelToken cancel)
      throws HipspaException {
    try {
      return network.segmentSeries(crops, (done, total) -> progress.progress(stage, (double) done / total),
          cancel::isCancelled);
    } catch (CancellationException e) {
      throw new AnalysisCancelledException();
    }
  }
}
