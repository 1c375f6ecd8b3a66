package org.hipspa.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;

/** The building blocks of the paper's U-Net, as small factories in the style of DJL's model zoo. */
public final class UNetBlocks {
  private UNetBlocks() {}

  /** Two 3x3 convolutions (same padding), each followed by batch normalization and ReLU. */
  public static Block doubleConv(int filters) {
    return new SequentialBlock()
        .add(conv3x3(filters))
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock())
        .add(conv3x3(filters))
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock());
  }

  /** 2x2 max pooling with stride 2: halves height and width. */
  public static Block maxPool2x2() {
    return Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2), new Shape(0, 0));
  }

  /**
   * A 2x2 stride-2 transposed convolution to {@code filters} channels, built as a 1x1 convolution to
   * {@code 4 * filters} channels followed by {@link #depthToSpace}. Output channel {@code c*4 + a*2 + b}
   * of the 1x1 convolution holds what the transposed convolution writes at offset (row a, column b)
   * of each 2x2 output cell, so the two layers are the same function (DJL's PyTorch engine has no
   * Conv2dTranspose).
   */
  public static Block upsample2x(int filters) {
    return new SequentialBlock()
        .add(conv1x1(4 * filters, true))
        .add(LambdaBlock.singleton(UNetBlocks::depthToSpace, "depthToSpace2x2"));
  }

  /** The segmentation head: a 1x1 convolution to one logit per structure. */
  public static Block head(int outputs) {
    return conv1x1(outputs, true);
  }

  /**
   * Rearranges (N, 4C, H, W) into (N, C, 2H, 2W): element (n, c*4 + a*2 + b, h, w) moves to
   * (n, c, 2h + a, 2w + b), like PyTorch's {@code pixel_shuffle} with factor 2.
   */
  public static NDArray depthToSpace(NDArray x) {
    Shape s = x.getShape();
    long n = s.get(0);
    long c = s.get(1) / 4;
    long h = s.get(2);
    long w = s.get(3);
    return x.reshape(n, c, 2, 2, h, w).transpose(0, 1, 4, 2, 5, 3).reshape(n, c, 2 * h, 2 * w);
  }

  private static Block conv3x3(int filters) {
    // No bias: the batch normalization that follows has its own shift.
    return Conv2d.builder()
        .setKernelShape(new Shape(3, 3))
        .optPadding(new Shape(1, 1))
        .setFilters(filters)
        .optBias(false)
        .build();
  }

  private static Block conv1x1(int filters, boolean bias) {
    return Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(filters).optBias(bias).build();
  }
}
