package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiceBceLossTest {
  private static final int N = 3;
  private static final int S = 2;
  private static final int H = 6;
  private static final int W = 5;

  @Test
  void bothReductionsEqualTheFormulaComputedElementByElement() {
    Random random = new Random(11);
    float[] logits = new float[N * S * H * W];
    float[] labels = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = (float) (random.nextGaussian() * 3);
      labels[i] = random.nextDouble() < 0.3 ? 1f : 0f;
    }
    // One crop without the second structure at all, as most crops are without a lesion.
    for (int i = 0; i < H * W; i++) {
      labels[index(1, 1, i)] = 0f;
    }

    assertThat(lossOf(DiceBceLoss.pooledOverBatch(), logits, labels)).isCloseTo(reference(logits, labels, false), within(1e-5));
    assertThat(lossOf(DiceBceLoss.perCrop(), logits, labels)).isCloseTo(reference(logits, labels, true), within(1e-5));
  }

  @Test
  void perCropAMissedSmallCapCostsAsMuchAsAMissedWholeHeadWhilePooledItCostsAlmostNothing() {
    // Crop 0: a 28-pixel structure found exactly. Crop 1: a 2-pixel cap, missed. Crop 2: nothing, nothing predicted.
    float[] logits = new float[N * S * H * W];
    float[] labels = new float[logits.length];
    java.util.Arrays.fill(logits, -20f);
    for (int i = 0; i < 28; i++) {
      labels[index(0, 0, i)] = 1f;
      logits[index(0, 0, i)] = 20f;
    }
    labels[index(1, 0, 0)] = 1f;
    labels[index(1, 0, 1)] = 1f;

    double pooledDiceTerm = lossOf(DiceBceLoss.pooledOverBatch(), logits, labels) - bce(logits, labels);
    double perCropDiceTerm = lossOf(DiceBceLoss.perCrop(), logits, labels) - bce(logits, labels);

    // Pooled: structure 0's Dice is (56 + 1) / (58 + 1); structure 1 is empty everywhere and scores 1.
    assertThat(pooledDiceTerm).isCloseTo((1 - 57.0 / 59) / 2, within(1e-4));
    // Per crop: the missed cap's Dice is 1/3, the other five crop-structures score 1.
    assertThat(perCropDiceTerm).isCloseTo((1 - 1.0 / 3) / 6, within(1e-4));
    assertThat(perCropDiceTerm).isGreaterThan(6 * pooledDiceTerm);
  }

  private static int index(int crop, int structure, int pixel) {
    return (crop * S + structure) * H * W + pixel;
  }

  private static double lossOf(DiceBceLoss loss, float[] logits, float[] labels) {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      Shape shape = new Shape(N, S, H, W);
      NDArray value = loss.evaluate(new NDList(manager.create(labels, shape)), new NDList(manager.create(logits, shape)));
      return value.getFloat();
    }
  }

  private static double bce(float[] x, float[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double p = 1 / (1 + Math.exp(-x[i]));
      sum -= y[i] * Math.log(Math.max(p, 1e-300)) + (1 - y[i]) * Math.log(Math.max(1 - p, 1e-300));
    }
    return sum / x.length;
  }

  private static double reference(float[] x, float[] y, boolean perCrop) {
    double diceLoss = 0;
    int terms = 0;
    for (int s = 0; s < S; s++) {
      if (perCrop) {
        for (int n = 0; n < N; n++) {
          diceLoss += 1 - dice(x, y, s, n, n + 1);
          terms++;
        }
      } else {
        diceLoss += 1 - dice(x, y, s, 0, N);
        terms++;
      }
    }
    return bce(x, y) + diceLoss / terms;
  }

  private static double dice(float[] x, float[] y, int s, int fromCrop, int toCrop) {
    double intersection = 0;
    double sizes = 0;
    for (int n = fromCrop; n < toCrop; n++) {
      for (int i = 0; i < H * W; i++) {
        double p = 1 / (1 + Math.exp(-x[index(n, s, i)]));
        intersection += p * y[index(n, s, i)];
        sizes += p + y[index(n, s, i)];
      }
    }
    return (2 * intersection + 1) / (sizes + 1);
  }
}
