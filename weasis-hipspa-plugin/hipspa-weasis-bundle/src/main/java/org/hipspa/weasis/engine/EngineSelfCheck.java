package org.hipspa.weasis.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import java.util.Arrays;

/**
 * One forward pass of a tiny convolution with fixed weights, so a started engine proves it computes, not only loads.
 *
 * <p>A 1x1 convolution with weight 2 and bias 0.5 on the 2x2 image [1 2; 3 4] gives [2.5 4.5; 6.5 8.5].
 */
public final class EngineSelfCheck {

  static final float WEIGHT = 2f;
  static final float BIAS = 0.5f;
  static final float[] INPUT = {1f, 2f, 3f, 4f};
  public static final float[] EXPECTED = {2.5f, 4.5f, 6.5f, 8.5f};

  private EngineSelfCheck() {}

  /** Runs the forward pass on the engine and returns its output, row-major. */
  public static float[] run(Engine engine) {
    Shape shape = new Shape(1, 1, 2, 2);
    try (NDManager manager = engine.newBaseManager()) {
      Block conv = Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build();
      conv.initialize(manager, DataType.FLOAT32, shape);
      ParameterList parameters = conv.getParameters();
      parameters.get("weight").getArray().set(new float[] {WEIGHT});
      parameters.get("bias").getArray().set(new float[] {BIAS});
      NDArray input = manager.create(INPUT, shape);
      NDList output = conv.forward(new ParameterStore(manager, false), new NDList(input), false);
      return output.singletonOrThrow().toFloatArray();
    }
  }

  /** Throws if the output is not what the fixed weights must give. */
  static float[] verified(float[] output) {
    if (!Arrays.equals(output, EXPECTED)) {
      throw new IllegalStateException(
          "Engine self-check computed " + Arrays.toString(output) + " instead of " + Arrays.toString(EXPECTED));
    }
    return output;
  }
}
