package org.hipspa.net;

/**
 * Floating-point operations and parameter count of a {@link UNet}, computed from its architecture.
 * A multiply-add counts as two operations; batch normalization, ReLU, pooling and the sigmoid are
 * left out (they are a few percent of the convolutions).
 */
public final class UNetCost {
  private UNetCost() {}

  /** Operations of one forward pass over one crop of {@code height} x {@code width} pixels. */
  public static double forwardFlops(UNetSettings s, int height, int width) {
    double flops = 0;
    int in = s.inputChannels();
    for (int level = 0; level <= s.depth(); level++) {
      double pixels = pixels(height, width, level);
      int c = s.widthAt(level);
      flops += conv(in, c, 9, pixels) + conv(c, c, 9, pixels);
      in = c;
    }
    for (int level = s.depth() - 1; level >= 0; level--) {
      int c = s.widthAt(level);
      flops += conv(s.widthAt(level + 1), 4 * c, 1, pixels(height, width, level + 1));
      double pixels = pixels(height, width, level);
      flops += conv(2 * c, c, 9, pixels) + conv(c, c, 9, pixels);
    }
    flops += conv(s.widthAt(0), s.outputs(), 1, pixels(height, width, 0));
    return flops;
  }

  /** Learned parameters (weights, biases, batch-norm scale and shift). */
  public static long parameters(UNetSettings s) {
    long count = 0;
    int in = s.inputChannels();
    for (int level = 0; level <= s.depth(); level++) {
      int c = s.widthAt(level);
      count += doubleConv(in, c);
      in = c;
    }
    for (int level = s.depth() - 1; level >= 0; level--) {
      int c = s.widthAt(level);
      count += (long) s.widthAt(level + 1) * 4 * c + 4L * c;
      count += doubleConv(2 * c, c);
    }
    count += (long) s.widthAt(0) * s.outputs() + s.outputs();
    return count;
  }

  private static long doubleConv(int in, int c) {
    return 9L * in * c + 2L * c + 9L * c * c + 2L * c;
  }

  private static double pixels(int height, int width, int level) {
    return (double) (height >> level) * (width >> level);
  }

  private static double conv(int in, int out, int kernelArea, double pixels) {
    return 2.0 * in * out * kernelArea * pixels;
  }
}
