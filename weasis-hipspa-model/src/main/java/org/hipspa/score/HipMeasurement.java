package org.hipspa.score;

/**
 * One hip on one slice, per METHOD.md. Proportions are intensity-weighted: the sum of pixel values
 * inside the lesion mask over the sum inside the femoral head mask; area ratios divide pixel counts.
 * The lesion mask is BME or effusion, each pixel once, so {@code lesionProportion} is the slice score.
 * With no femoral head on the slice nothing is defined: {@link #counts()} is false and the
 * proportions are NaN.
 */
public record HipMeasurement(
    int headPixels,
    double headAreaMm2,
    double bmeProportion,
    double effusionProportion,
    double lesionProportion,
    double bmeAreaRatio,
    double effusionAreaRatio,
    double lesionAreaRatio) {

  public boolean counts() {
    return headPixels > 0 && Double.isFinite(lesionProportion);
  }

  /** Why this slice does not count, for the table; empty when it counts. */
  public String notCountedReason() {
    if (headPixels == 0) {
      return "no femoral head segmented on this slice";
    }
    return counts() ? "" : "the femoral head has no signal on this slice";
  }

  /** The slice score that enters the UNet-score; 0 for a slice that does not count. */
  public double sliceScore() {
    return counts() ? lesionProportion : 0.0;
  }
}
