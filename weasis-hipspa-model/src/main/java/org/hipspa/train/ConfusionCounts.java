package org.hipspa.train;

import org.hipspa.image.BinaryMask;

/** Pixel counts of one predicted mask against its ground truth: true/false positives and negatives. */
public record ConfusionCounts(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

  public static ConfusionCounts of(BinaryMask predicted, BinaryMask truth) {
    long tp = predicted.and(truth).count();
    long fp = predicted.count() - tp;
    long fn = truth.count() - tp;
    long tn = (long) truth.width() * truth.height() - tp - fp - fn;
    return new ConfusionCounts(tp, fp, fn, tn);
  }

  public ConfusionCounts plus(ConfusionCounts o) {
    return new ConfusionCounts(truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives, trueNegatives + o.trueNegatives);
  }

  /** True when the structure is in the prediction or in the truth (or both). */
  public boolean presentInEither() {
    return truePositives + falsePositives + falseNegatives > 0;
  }
}
