package org.hipspa.score;

import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.segment.HipMasks;

/** Measures one hip on one slice from its pixels and masks (METHOD.md, UNet-score). */
public final class SliceMeasurer {
  private SliceMeasurer() {}

  /** @param pixelAreaMm2 the area of one pixel, spacingX * spacingY */
  public static HipMeasurement measure(FloatImage pixels, HipMasks masks, double pixelAreaMm2) {
    BinaryMask head = masks.femoralHead();
    int headPixels = head.count();
    if (headPixels == 0) {
      return new HipMeasurement(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    // Negative values (rare after rescale) would make intensity sums meaningless; MR magnitude is >= 0.
    double headSum = masks.femoralHead().sumOf(pixels);
    BinaryMask lesions = masks.lesions();
    return new HipMeasurement(
        headPixels,
        headPixels * pixelAreaMm2,
        ratio(masks.bme().sumOf(pixels), headSum),
        ratio(masks.effusion().sumOf(pixels), headSum),
        ratio(lesions.sumOf(pixels), headSum),
        (double) masks.bme().count() / headPixels,
        (double) masks.effusion().count() / headPixels,
        (double) lesions.count() / headPixels);
  }

  private static double ratio(double part, double whole) {
    return whole > 0 ? part / whole : Double.NaN;
  }
}
