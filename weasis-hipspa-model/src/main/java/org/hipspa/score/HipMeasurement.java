package org.hipspa.score;

/**
 * One hip on one slice, per METHOD.md. Proportions are intensity-weighted: the sum of pixel values
 * inside the lesion mask over the sum inside the femoral head mask; area ratios divide pixel counts.
 * The lesion mask is BME or effusion, each pixel once, so {@code lesionProportion} is the slice score.
 * With no femoral head on the slice nothing is defined: {@link #counts()} is false and the
 * proportions are NaN. {@code exclusion} is why the scorer left out a slice that has a head (empty
 * when it did not), for example a head section too small for a stable proportion.
 */
public record HipMeasurement(
    int headPixels,
    double headAreaMm2,
    double bmeProportion,
    double effusionProportion,
    double lesionProportion,
    double bmeAreaRatio,
    double effusionAreaRatio,
    double lesionAreaRatio,
    String exclusion) {

  public HipMeasurement {
    exclusion = exclusion == null ? "" : exclusion;
  }

  public HipMeasurement(int headPixels, double headAreaMm2, double bmeProportion, double effusionProportion,
      double lesionProportion, double bmeAreaRatio, double effusionAreaRatio, double lesionAreaRatio) {
    this(headPixels, headAreaMm2, bmeProportion, effusionProportion, lesionProportion, bmeAreaRatio,
        effusionAreaRatio, lesionAreaRatio, "");
  }

  /** The same measurement, left out of the score for the reason given. */
  public HipMeasurement excluded(String reason) {
    return new HipMeasurement(headPixels, headAreaMm2, bmeProportion, effusionProportion, lesionProportion,
        bmeAreaRatio, effusionAreaRatio, lesionAreaRatio, reason);
  }

  public boolean counts() {
    return headPixels > 0 && Double.isFinite(lesionProportion) && exclusion.isEmpty();
  }

  /** Why this slice does not count, for the table; empty when it counts. */
  public String notCountedReason() {
    if (headPixels == 0) {
      return "no femoral head segmented on this slice";
    }
    if (!exclusion.isEmpty()) {
      return exclusion;
    }
    return counts() ? "" : "the femoral head has no signal on this slice";
  }

  /** The slice score that enters the UNet-score; 0 for a slice that does not count. */
  public double sliceScore() {
    return counts() ? lesionProportion : 0.0;
  }
}
