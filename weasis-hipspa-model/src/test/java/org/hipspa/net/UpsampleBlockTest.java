package org.hipspa.net;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.nio.FloatBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UpsampleBlockTest {
  private static final int N = 2;
  private static final int IN = 5;
  private static final int OUT = 3;
  private static final int H = 4;
  private static final int W = 3;

  @Test
  void theUpsamplingBlockEqualsADirect2x2Stride2TransposedConvolution() {
    Random random = new Random(42);
    float[] x = randoms(random, N * IN * H * W);
    // Transposed-convolution weights as PyTorch stores them: [in][out][row a][column b].
    float[][][][] kernel = new float[IN][OUT][2][2];
    for (float[][][] byIn : kernel) {
      for (float[][] byOut : byIn) {
        for (float[] row : byOut) {
          for (int b = 0; b < 2; b++) {
            row[b] = (float) random.nextGaussian();
          }
        }
      }
    }
    float[] bias = randoms(random, OUT);

    float[] expected = transposedConvolution(x, kernel, bias);

    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      Block block = UNetBlocks.upsample2x(OUT);
      block.initialize(manager, DataType.FLOAT32, new Shape(N, IN, H, W));
      float[] weight1x1 = new float[4 * OUT * IN];
      float[] bias1x1 = new float[4 * OUT];
      for (int co = 0; co < OUT; co++) {
        for (int a = 0; a < 2; a++) {
          for (int b = 0; b < 2; b++) {
            int k = co * 4 + a * 2 + b;
            bias1x1[k] = bias[co];
            for (int ci = 0; ci < IN; ci++) {
              weight1x1[k * IN + ci] = kernel[ci][co][a][b];
            }
          }
        }
      }
      for (Pair<String, Parameter> p : block.getParameters()) {
        NDArray array = p.getValue().getArray();
        array.set(FloatBuffer.wrap(p.getValue().getType() == Parameter.Type.BIAS ? bias1x1 : weight1x1));
      }
      NDArray input = manager.create(x, new Shape(N, IN, H, W));
      NDArray output =
          block.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();

      assertThat(output.getShape()).isEqualTo(new Shape(N, OUT, 2 * H, 2 * W));
      float[] actual = output.toFloatArray();
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i]).as("output element %d", i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-5f));
      }
    }
  }

  /** out[n][co][2h+a][2w+b] = bias[co] + sum over ci of x[n][ci][h][w] * kernel[ci][co][a][b]. */
  private static float[] transposedConvolution(float[] x, float[][][][] kernel, float[] bias) {
    int oh = 2 * H;
    int ow = 2 * W;
    float[] out = new float[N * OUT * oh * ow];
    for (int n = 0; n < N; n++) {
      for (int co = 0; co < OUT; co++) {
        for (int y = 0; y < oh; y++) {
          for (int z = 0; z < ow; z++) {
            double sum = bias[co];
            for (int ci = 0; ci < IN; ci++) {
              sum += x[((n * IN + ci) * H + y / 2) * W + z / 2] * kernel[ci][co][y % 2][z % 2];
            }
            out[((n * OUT + co) * oh + y) * ow + z] = (float) sum;
          }
        }
      }
    }
    return out;
  }

  private static float[] randoms(Random random, int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return values;
  }
}
