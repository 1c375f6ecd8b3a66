package org.hipspa.locate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipspa.segment.HipSide;

/**
 * Chooses one femoral head per side from the locator's candidates: the surest pair that lies level (the two heads
 * sit at one height in a coronal image, within {@value #MAX_LEVEL_DIFFERENCE_MM} mm even with a tilted pelvis or
 * unequal legs), else each side's surest alone. A lone sure region far above or below the other head (the
 * acetabular roof, a bowel loop) is then not taken for a head.
 */
final class HeadPairing {

  /** Heads' centres further apart than this along the columns (craniocaudal) are not a pair. */
  static final double MAX_LEVEL_DIFFERENCE_MM = 40;

  /** A head-sized region and how strongly it speaks for a head (area times mean probability). */
  record Candidate(HipLocation location, double weight) {}

  private HeadPairing() {}

  /** @param rowSpacingMm millimetres between image rows; both lists are non-empty */
  static Map<HipSide, HipLocation> choose(List<Candidate> right, List<Candidate> left, double rowSpacingMm) {
    Candidate bestRight = null;
    Candidate bestLeft = null;
    double bestWeight = Double.NEGATIVE_INFINITY;
    for (Candidate r : right) {
      for (Candidate l : left) {
        double levelMm = Math.abs(r.location().centreY() - l.location().centreY()) * rowSpacingMm;
        if (levelMm <= MAX_LEVEL_DIFFERENCE_MM && r.weight() + l.weight() > bestWeight) {
          bestRight = r;
          bestLeft = l;
          bestWeight = r.weight() + l.weight();
        }
      }
    }
    if (bestRight == null) {
      bestRight = surest(right);
      bestLeft = surest(left);
    }
    Map<HipSide, HipLocation> chosen = new EnumMap<>(HipSide.class);
    chosen.put(HipSide.RIGHT, bestRight.location());
    chosen.put(HipSide.LEFT, bestLeft.location());
    return chosen;
  }

  private static Candidate surest(List<Candidate> candidates) {
    Candidate best = candidates.get(0);
    for (Candidate c : candidates) {
      if (c.weight() > best.weight()) {
        best = c;
      }
    }
    return best;
  }
}
