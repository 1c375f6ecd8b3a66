package org.hipspa.train;

/** IoU (Jaccard) = |A∩B| / |A∪B| = TP / (TP + FP + FN); undefined (NaN) when both masks are empty. */
public final class Iou {
  private Iou() {}

  public static double of(ConfusionCounts c) {
    long denominator = c.truePositives() + c.falsePositives() + c.falseNegatives();
    return denominator == 0 ? Double.NaN : (double) c.truePositives() / denominator;
  }
}
