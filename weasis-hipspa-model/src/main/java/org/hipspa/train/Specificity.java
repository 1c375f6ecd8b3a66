package org.hipspa.train;

/** Specificity = TN / (TN + FP): the share of background pixels left out; NaN without background. */
public final class Specificity {
  private Specificity() {}

  public static double of(ConfusionCounts c) {
    long denominator = c.trueNegatives() + c.falsePositives();
    return denominator == 0 ? Double.NaN : (double) c.trueNegatives() / denominator;
  }
}
