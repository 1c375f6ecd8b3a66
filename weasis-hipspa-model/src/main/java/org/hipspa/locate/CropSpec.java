package org.hipspa.locate;

/**
 * The network's input window: {@code width x height} pixels of {@code mmPerPixel} each. The paper
 * cropped 128 x 160 pixels at 400 mm / 512 = 0.78125 mm; fixing the crop in millimetres keeps the
 * anatomy the network sees the same size whatever the site's pixel spacing.
 */
public record CropSpec(int width, int height, double mmPerPixel) {

  public static final CropSpec PAPER = new CropSpec(128, 160, 0.78125);

  public CropSpec {
    if (width <= 0 || height <= 0 || !(mmPerPixel > 0)) {
      throw new IllegalArgumentException("crop size and spacing must be positive");
    }
  }

  public double widthMm() {
    return width * mmPerPixel;
  }

  public double heightMm() {
    return height * mmPerPixel;
  }
}
