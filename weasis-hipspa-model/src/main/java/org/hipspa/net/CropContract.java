package org.hipspa.net;

/**
 * What the network is fed: one channel, 160 rows by 128 columns around one femoral head (the paper's
 * 128 x 160 crop, read as 128 wide and 160 tall).
 */
public final class CropContract {
  public static final int CHANNELS = 1;
  public static final int HEIGHT = 160;
  public static final int WIDTH = 128;
  public static final int PIXELS = HEIGHT * WIDTH;

  private CropContract() {}
}
