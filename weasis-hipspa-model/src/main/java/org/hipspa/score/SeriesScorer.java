package org.hipspa.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;

/** Measures every slice, selects each hip's HIMRISS slices and sums the UNet-score (METHOD.md). */
public final class SeriesScorer {
  private final HimrissSettings settings;

  public SeriesScorer(HimrissSettings settings) {
    this.settings = settings;
  }

  public ScoreResult score(MrSeries series, SeriesSegmentation segmentation) {
    if (segmentation.size() != series.size()) {
      throw new IllegalArgumentException(
          "segmentation has " + segmentation.size() + " slices, series has " + series.size());
    }
    double pixelArea = series.spacingX() * series.spacingY();
    List<SliceScores> all = new ArrayList<>(series.size());
    for (int i = 0; i < series.size(); i++) {
      MrSlice slice = series.slice(i);
      SliceSegmentation masks = segmentation.slice(i);
      all.add(new SliceScores(i, slice.instanceNumber(), slice.positionMm(),
          SliceMeasurer.measure(slice.pixels(), masks.right(), pixelArea),
          SliceMeasurer.measure(slice.pixels(), masks.left(), pixelArea)));
    }

    boolean anteriorFirst = AnatomicalOrder.anteriorFirst(series);
    Map<HipSide, HipSelection> selections = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      List<Double> areas = all.stream().map(s -> s.hip(side).headAreaMm2()).toList();
      selections.put(side, HimrissSelector.select(areas, anteriorFirst, settings));
    }
    all = excludeSmallHeadSections(all, selections);
    Map<HipSide, HipScore> scores = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      scores.put(side, sum(side, selections.get(side), all));
    }

    List<HimrissRow> rows = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      int i = anteriorFirst ? k : all.size() - 1 - k;
      var right = selections.get(HipSide.RIGHT).roleOf(i);
      var left = selections.get(HipSide.LEFT).roleOf(i);
      if (right != null || left != null) {
        rows.add(new HimrissRow(all.get(i), right, left));
      }
    }
    return new ScoreResult(settings, all, rows, scores.get(HipSide.RIGHT), scores.get(HipSide.LEFT));
  }

  /** Marks, per hip, the slices whose head section is below the settings' fraction of the central one. */
  private List<SliceScores> excludeSmallHeadSections(List<SliceScores> all, Map<HipSide, HipSelection> selections) {
    double right = centralArea(all, selections.get(HipSide.RIGHT), HipSide.RIGHT);
    double left = centralArea(all, selections.get(HipSide.LEFT), HipSide.LEFT);
    String reason = String.format(java.util.Locale.ROOT,
        "femoral head section under %.0f%% of its largest, too small for a stable proportion",
        100 * settings.minHeadAreaFraction());
    List<SliceScores> marked = new ArrayList<>(all.size());
    for (SliceScores s : all) {
      marked.add(new SliceScores(s.sliceIndex(), s.instanceNumber(), s.positionMm(),
          tooSmall(s.right(), right) ? s.right().excluded(reason) : s.right(),
          tooSmall(s.left(), left) ? s.left().excluded(reason) : s.left()));
    }
    return marked;
  }

  private boolean tooSmall(HipMeasurement m, double centralArea) {
    return m.counts() && m.headAreaMm2() < settings.minHeadAreaFraction() * centralArea;
  }

  private static double centralArea(List<SliceScores> all, HipSelection selection, HipSide side) {
    return selection.isEmpty() ? 0 : all.get(selection.centralSliceIndex()).hip(side).headAreaMm2();
  }

  private static HipScore sum(HipSide side, HipSelection selection, List<SliceScores> all) {
    if (selection.isEmpty()) {
      return new HipScore(side, Double.NaN, 0, 0, -1,
          "No " + side.label() + " femoral head was found on any slice, so the " + side.label() + " hip has no score.");
    }
    double score = 0;
    int used = 0;
    int notCounted = 0;
    for (int index : selection.roles().keySet()) {
      HipMeasurement m = all.get(index).hip(side);
      if (m.counts()) {
        score += m.sliceScore();
        used++;
      } else {
        notCounted++;
      }
    }
    return new HipScore(side, score, used, notCounted, selection.centralSliceIndex(), "");
  }
}
