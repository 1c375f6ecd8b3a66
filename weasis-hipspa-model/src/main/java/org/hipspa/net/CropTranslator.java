package org.hipspa.net;

import org.hipspa.segment.Structure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;

/**
 * Turns a batch of crops into the network's input (N, C, 160, 128), C the manifest's input channels,
 * normalised as the manifest says,
 * and the network's logits back into probability maps and masks, so nothing outside this package
 * sees an NDArray. The batch is made here, not by a {@link Batchifier}: a series' crops share one
 * normalisation scale.
 */
public final class CropTranslator implements Translator<CropBatch, List<CropPrediction>> {
  /** Columns of an (N, C, H, W) array: left to right in the crop. */
  private static final int WIDTH_AXIS = 3;
  private final IntensityNormalisation normalisation;
  private final int channels;
  private final float[] thresholds;
  private final boolean mirrorAverage;

  public CropTranslator(ModelManifest manifest) {
    this.normalisation = manifest.input().normalisation();
    this.channels = manifest.input().channels();
    this.thresholds = new float[Structure.count()];
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = manifest.outputs().get(i).threshold();
    }
    this.mirrorAverage = manifest.inferenceOrPlain().mirrorAverage();
  }

  /**
   * With mirror averaging, the batch runs once as given and once mirrored left to right (every channel), in one
   * forward pass.
   */
  @Override
  public NDList processInput(TranslatorContext ctx, CropBatch batch) {
    if (batch.channels() != channels) {
      throw new IllegalArgumentException("crops of " + batch.channels() + " channels for a model of " + channels);
    }
    NDArray input = toInput(ctx.getNDManager(), batch.crops(), batch.seriesScale(), normalisation);
    return new NDList(mirrorAverage ? input.concat(input.flip(WIDTH_AXIS), 0) : input);
  }

  /** The (N, C, 160, 128) input array for these crops of C channels each, every channel on the series' one scale. */
  public static NDArray toInput(NDManager manager, List<CropStack> crops, float scale, IntensityNormalisation normalisation) {
    int c = crops.isEmpty() ? 1 : crops.get(0).count();
    float[] data = new float[crops.size() * c * CropContract.PIXELS];
    for (int i = 0; i < crops.size(); i++) {
      for (int k = 0; k < c; k++) {
        normalisation.apply(crops.get(i).channel(k), scale, data, (i * c + k) * CropContract.PIXELS);
      }
    }
    return manager.create(data, new Shape(crops.size(), c, CropContract.HEIGHT, CropContract.WIDTH));
  }

  @Override
  public List<CropPrediction> processOutput(TranslatorContext ctx, NDList output) {
    NDArray probabilities = ai.djl.nn.Activation.sigmoid(output.get(0));
    if (mirrorAverage) {
      NDList halves = probabilities.split(2, 0);
      probabilities = halves.get(0).add(halves.get(1).flip(WIDTH_AXIS)).mul(0.5f);
    }
    return toPredictions(probabilities.toFloatArray(), thresholds);
  }

  /** Splits (N, structures, 160, 128) probabilities into per-crop maps and masks. */
  public static List<CropPrediction> toPredictions(float[] p, float[] thresholds) {
    int structures = Structure.count();
    int n = p.length / (structures * CropContract.PIXELS);
    List<CropPrediction> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<FloatImage> maps = new ArrayList<>(structures);
      List<BinaryMask> masks = new ArrayList<>(structures);
      for (int s = 0; s < structures; s++) {
        int offset = (i * structures + s) * CropContract.PIXELS;
        float[] values = new float[CropContract.PIXELS];
        System.arraycopy(p, offset, values, 0, values.length);
        BinaryMask mask = new BinaryMask(CropContract.WIDTH, CropContract.HEIGHT);
        for (int k = 0; k < values.length; k++) {
          if (values[k] >= thresholds[s]) {
            mask.set(k % CropContract.WIDTH, k / CropContract.WIDTH, true);
          }
        }
        maps.add(new FloatImage(CropContract.WIDTH, CropContract.HEIGHT, values));
        masks.add(mask);
      }
      result.add(new CropPrediction(maps, masks));
    }
    return result;
  }

  @Override
  public Batchifier getBatchifier() {
    return null;
  }
}
