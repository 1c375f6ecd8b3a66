package org.hipspa.score;

import java.util.List;
import org.hipspa.segment.HipSide;

/**
 * The scoring of one series: every slice measured, the HIMRISS rows in anatomical order (anterior to
 * posterior), and the UNet-score per hip and in total. It is not a HIMRISS score: it is the
 * "UNet-score (on HIMRISS slices)".
 */
public record ScoreResult(
    HimrissSettings settings, List<SliceScores> allSlices, List<HimrissRow> himrissRows, HipScore right, HipScore left) {

  public ScoreResult {
    allSlices = List.copyOf(allSlices);
    himrissRows = List.copyOf(himrissRows);
  }

  public HipScore hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }

  /** Left plus right; a hip without a score adds nothing (see {@link #isComplete()}). */
  public double total() {
    return (right.isScored() ? right.unetScore() : 0) + (left.isScored() ? left.unetScore() : 0);
  }

  public boolean isComplete() {
    return right.isScored() && left.isScored();
  }
}
