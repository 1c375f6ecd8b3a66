package org.hipspa.train;

/** Dice = 2|A∩B| / (|A| + |B|) = 2TP / (2TP + FP + FN); undefined (NaN) when both masks are empty. */
public final class Dice {
  private Dice() {}

  public static double of(ConfusionCounts c) {
    long denominator = 2 * c.truePositives() + c.falsePositives() + c.falseNegatives();
    return denominator == 0 ? Double.NaN : 2.0 * c.truePositives() / denominator;
  }
}
