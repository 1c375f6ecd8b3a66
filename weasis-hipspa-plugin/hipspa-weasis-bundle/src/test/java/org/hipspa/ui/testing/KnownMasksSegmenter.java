package org.hipspa.ui.testing;

import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropSpec;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipSegmenter;
import org.hipspa.pipeline.ModelDescription;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;

/**
 * Segments with masks known in advance, so the panel is tested on a real pipeline run without a network. With
 * {@link #untilCancelled} it works (and reports progress) until cancelled, like a long inference.
 */
public final class KnownMasksSegmenter implements HipSegmenter {
  private final SeriesSegmentation masks;
  private final boolean untilCancelled;

  private KnownMasksSegmenter(SeriesSegmentation masks, boolean untilCancelled) {
    this.masks = masks;
    this.untilCancelled = untilCancelled;
  }

  public static KnownMasksSegmenter returning(SeriesSegmentation masks) {
    return new KnownMasksSegmenter(masks, false);
  }

  public static KnownMasksSegmenter untilCancelled(SeriesSegmentation masks) {
    return new KnownMasksSegmenter(masks, true);
  }

  @Override
  public ModelDescription model() {
    return new ModelDescription("known masks", "test", "0".repeat(64), "the test's own masks", CropSpec.PAPER);
  }

  @Override
  public SeriesSegmentation segment(
      MrSeries series, Map<HipSide, CropBox> boxes, ProgressListener progress, CancelToken cancel)
      throws AnalysisCancelledException {
    long step = 0;
    while (untilCancelled) {
      // Busy work in small units, checking the token between them as the network does between batches.
      double sink = 0;
      for (int i = 0; i < 200_000; i++) {
        sink += Math.sqrt(i + step);
      }
      progress.progress(Stage.SEGMENT, (step++ % 100) / 100.0 + sink * 0);
      cancel.throwIfCancelled();
    }
    progress.progress(Stage.SEGMENT, 1);
    return masks;
  }
}
