package org.hipspa.net;

import org.hipspa.segment.Structure;

/**
 * The shape of a U-Net: channels of the first encoder level ({@code baseWidth}, doubled at every
 * level) and the number of 2x2 poolings ({@code depth}). The input height and width must be divisible
 * by {@code 2^depth}.
 */
public record UNetSettings(int baseWidth, int depth, int inputChannels, int outputs) {
  public static final int DEFAULT_BASE_WIDTH = 16;
  public static final int DEFAULT_DEPTH = 4;

  public UNetSettings {
    if (baseWidth < 1 || depth < 1 || depth > 6 || inputChannels < 1 || outputs < 1) {
      throw new IllegalArgumentException(
          "U-Net needs base width >= 1, depth 1..6, inputs and outputs >= 1: " + baseWidth + ", " + depth);
    }
  }

  /** The HipSpA network: one input channel, one output per {@link Structure}. */
  public static UNetSettings hipspa(int baseWidth, int depth) {
    return hipspa(baseWidth, depth, 1);
  }

  /** The HipSpA network for crops of {@code inputChannels} channels (the slice and its neighbours), one output per {@link Structure}. */
  public static UNetSettings hipspa(int baseWidth, int depth, int inputChannels) {
    return new UNetSettings(baseWidth, depth, inputChannels, Structure.count());
  }

  public static UNetSettings defaults() {
    return hipspa(DEFAULT_BASE_WIDTH, DEFAULT_DEPTH);
  }

  /** Channels at encoder level {@code level} (0 = full resolution, {@code depth} = bottleneck). */
  public int widthAt(int level) {
    return baseWidth << level;
  }
}
