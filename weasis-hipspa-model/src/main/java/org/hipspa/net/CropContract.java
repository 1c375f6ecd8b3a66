package org.hipspa.net;

/**
 * What the network is fed: 160 rows by 128 columns around one femoral head (the paper's 128 x 160
 * crop, read as 128 wide and 160 tall), in an odd number of channels: the slice in the middle and as
 * many neighbouring slices on each side ({@link #contextSlices}). How many is the model's: its
 * manifest's {@code input.channels}, 1 for the plain 2-D crop.
 */
public final class CropContract {
  public static final int HEIGHT = 160;
  public static final int WIDTH = 128;
  public static final int PIXELS = HEIGHT * WIDTH;

  private CropContract() {}

  /** Input channels for {@code contextSlices} neighbours on each side of the slice: 2K + 1. */
  public static int channelsFor(int contextSlices) {
    if (contextSlices < 0) {
      throw new IllegalArgumentException("context slices must be 0 or more: " + contextSlices);
    }
    return 2 * contextSlices + 1;
  }

  /** Neighbours on each side of the slice for an input of {@code channels} (odd) channels: (channels - 1) / 2. */
  public static int contextSlices(int channels) {
    if (channels < 1 || channels % 2 == 0) {
      throw new IllegalArgumentException("input channels must be odd: " + channels);
    }
    return (channels - 1) / 2;
  }
}
