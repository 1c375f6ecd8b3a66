package org.hipspa.locate;

import org.hipspa.segment.HipSide;

/**
 * Where one hip's crop lies on every slice of a series, in slice pixel coordinates (x = column,
 * y = row; fractions allowed): the same box on all slices, so slice-to-slice comparisons stay
 * meaningful. It may reach past the image edge; what lies outside reads as 0.
 */
public record CropBox(HipSide side, double x0, double y0, double width, double height) {

  public double centreX() {
    return x0 + width / 2;
  }

  public double centreY() {
    return y0 + height / 2;
  }

  public boolean contains(double x, double y) {
    return x >= x0 && x < x0 + width && y >= y0 && y < y0 + height;
  }
}
