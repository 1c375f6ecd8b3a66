package org.hipspa.train;

/** Sensitivity (recall) = TP / (TP + FN): the share of true structure pixels found; NaN without any. */
public final class Sensitivity {
  private Sensitivity() {}

  public static double of(ConfusionCounts c) {
    long denominator = c.truePositives() + c.falseNegatives();
    return denominator == 0 ? Double.NaN : (double) c.truePositives() / denominator;
  }
}
