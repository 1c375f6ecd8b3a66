package org.hipspa.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.BinaryMask;
import org.hipspa.net.ModelManifest;
import org.hipspa.segment.Structure;

/**
 * Accumulates per-slice (per-crop) confusion counts and reports, per structure, as METHOD.md defines:
 * Dice and IoU are the mean of the per-slice values over the slices where the structure is in
 * either mask; slices where it is absent from both are counted separately (correct empty
 * predictions), never as Dice 1. Sensitivity and specificity are pooled over all pixels of all
 * slices (a slice without the structure still contributes its background to specificity).
 */
public final class SegmentationScores {
  private final Map<Structure, List<ConfusionCounts>> perSlice = new EnumMap<>(Structure.class);

  public SegmentationScores() {
    for (Structure s : Structure.values()) {
      perSlice.put(s, new ArrayList<>());
    }
  }

  public void add(Structure s, BinaryMask predicted, BinaryMask truth) {
    perSlice.get(s).add(ConfusionCounts.of(predicted, truth));
  }

  public ModelManifest.Scores scores(Structure s) {
    List<ConfusionCounts> slices = perSlice.get(s);
    double dice = 0;
    double iou = 0;
    int present = 0;
    ConfusionCounts pooled = new ConfusionCounts(0, 0, 0, 0);
    for (ConfusionCounts c : slices) {
      pooled = pooled.plus(c);
      if (c.presentInEither()) {
        dice += Dice.of(c);
        iou += Iou.of(c);
        present++;
      }
    }
    return new ModelManifest.Scores(
        present == 0 ? Double.NaN : dice / present,
        present == 0 ? Double.NaN : iou / present,
        Sensitivity.of(pooled),
        Specificity.of(pooled),
        present,
        slices.size() - present);
  }

  /** Scores of every structure, keyed by structure id. */
  public Map<String, ModelManifest.Scores> all() {
    Map<String, ModelManifest.Scores> all = new LinkedHashMap<>();
    for (Structure s : Structure.values()) {
      all.put(s.id(), scores(s));
    }
    return all;
  }

  /** Mean Dice over the structures that occur at all (the early-stopping criterion). */
  public double meanDice() {
    double sum = 0;
    int n = 0;
    for (Structure s : Structure.values()) {
      double d = scores(s).dice();
      if (!Double.isNaN(d)) {
        sum += d;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The mean of each measure over folds, per structure (NaN folds left out). */
  public static Map<String, ModelManifest.Scores> meanOf(List<Map<String, ModelManifest.Scores>> folds) {
    Map<String, ModelManifest.Scores> mean = new LinkedHashMap<>();
    for (Structure s : Structure.values()) {
      List<ModelManifest.Scores> each = folds.stream().map(f -> f.get(s.id())).toList();
      mean.put(s.id(), new ModelManifest.Scores(
          meanIgnoringNaN(each.stream().mapToDouble(ModelManifest.Scores::dice).toArray()),
          meanIgnoringNaN(each.stream().mapToDouble(ModelManifest.Scores::iou).toArray()),
          meanIgnoringNaN(each.stream().mapToDouble(ModelManifest.Scores::sensitivity).toArray()),
          meanIgnoringNaN(each.stream().mapToDouble(ModelManifest.Scores::specificity).toArray()),
          each.stream().mapToInt(ModelManifest.Scores::slicesWithStructure).sum(),
          each.stream().mapToInt(ModelManifest.Scores::slicesEmptyInBoth).sum()));
    }
    return mean;
  }

  private static double meanIgnoringNaN(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
