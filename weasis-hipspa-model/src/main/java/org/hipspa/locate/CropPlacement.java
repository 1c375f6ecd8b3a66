package org.hipspa.locate;

import org.hipspa.segment.HipSide;

/**
 * Places a hip's crop box around its femoral head centre. The head sits at mid-width and at
 * {@link #HEAD_HEIGHT_FRACTION} of the height from the top, which leaves room above for the
 * acetabular roof and below for the neck, where BME and effusion also lie. Training crops and
 * analysis crops are placed by this one rule, so the network sees at run time what it learned on.
 */
public final class CropPlacement {
  public static final double HEAD_HEIGHT_FRACTION = 0.4;

  private CropPlacement() {}

  public static CropBox around(
      HipSide side, double headCentreX, double headCentreY, double spacingX, double spacingY, CropSpec spec) {
    double width = spec.widthMm() / spacingX;
    double height = spec.heightMm() / spacingY;
    return new CropBox(side, headCentreX - width / 2, headCentreY - height * HEAD_HEIGHT_FRACTION, width, height);
  }
}
