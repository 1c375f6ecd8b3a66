package org.hipspa.net;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments all crops of a series (both hips, every slice) in batches. The engine and the model are
 * loaded on first use (engine start takes seconds), then kept and reused until {@link #close}; one
 * owner holds a segmenter for the life of the application. Calls are serialised, so any thread may
 * call; each batch's native memory is released when the batch ends, so memory stays flat.
 */
public final class Segmenter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Segmenter.class);

  private final ModelPackage modelPackage;
  private final int batchSize;
  private Model model;
  private Predictor<CropBatch, List<CropPrediction>> predictor;
  private boolean closed;

  public Segmenter(ModelPackage modelPackage, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    this.modelPackage = modelPackage;
    this.batchSize = batchSize;
  }

  /** Verifies the model folder now; loads it on first use. */
  public static Segmenter open(Path modelFolder, int batchSize) throws ModelPackageException {
    return new Segmenter(ModelPackage.open(modelFolder), batchSize);
  }

  public ModelManifest manifest() {
    return modelPackage.manifest();
  }

  /** Channels of one input crop, as the model's manifest says: the slice and its neighbours on each side. */
  public int inputChannels() {
    return modelPackage.manifest().input().channels();
  }

  /** Starts the engine and loads the model if that has not happened yet (e.g. in the background at start-up). */
  public synchronized void warmUp() throws ModelPackageException {
    if (closed) {
      throw new IllegalStateException("segmenter is closed");
    }
    if (predictor == null) {
      long start = System.nanoTime();
      model = modelPackage.load();
      predictor = model.newPredictor(new CropTranslator(modelPackage.manifest()));
      LOG.info("Model {} ready in {} ms", modelPackage.manifest().name(), (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * Probability maps and masks for every crop of one series, in the order given; each crop has the
   * model's input channels ({@link #inputChannels}). The series' intensity scale is computed from all
   * its crops' centre channels (its own slices, each once), as the manifest defines, and applied to
   * every channel.
   *
   * @throws CancellationException if {@code cancelled} turns true (checked before each batch)
   */
  public synchronized List<CropPrediction> segmentSeries(
      List<CropStack> seriesCrops, SegmentationProgress progress, BooleanSupplier cancelled)
      throws ModelPackageException, SegmentationException {
    for (CropStack crop : seriesCrops) {
      if (crop.count() != inputChannels()) {
        throw new IllegalArgumentException("crop of " + crop.count() + " channels for a model of " + inputChannels());
      }
    }
    warmUp();
    NoGrad.onThisThread();
    float scale = modelPackage.manifest().input().normalisation().scaleFor(CropStack.centres(seriesCrops));
    List<CropPrediction> result = new ArrayList<>(seriesCrops.size());
    int total = seriesCrops.size();
    for (int from = 0; from < total; from += batchSize) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("segmentation cancelled after " + from + " of " + total + " crops");
      }
      CropBatch batch = new CropBatch(seriesCrops.subList(from, Math.min(total, from + batchSize)), scale);
      try {
        result.addAll(predictor.predict(batch));
      } catch (TranslateException e) {
        throw new SegmentationException("The network could not segment this series: try again, and report the problem if it persists.", e);
      }
      progress.cropsDone(result.size(), total);
    }
    return result;
  }

  public List<CropPrediction> segmentSeries(List<CropStack> seriesCrops) throws ModelPackageException, SegmentationException {
    return segmentSeries(seriesCrops, SegmentationProgress.NONE, () -> false);
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (predictor != null) {
      predictor.close();
      predictor = null;
    }
    if (model != null) {
      model.close();
      model = null;
    }
  }
}
