package org.hipspa.score;

import org.hipspa.segment.HipSide;

/**
 * One row of the HIMRISS slice table. A slice may be selected for one hip and not the other (their
 * central slices can differ); the role of a hip that does not use the slice is null.
 */
public record HimrissRow(SliceScores slice, SliceRole rightRole, SliceRole leftRole) {

  public SliceRole role(HipSide side) {
    return side == HipSide.RIGHT ? rightRole : leftRole;
  }

  /** The slice score this row adds to a hip's UNet-score: 0 unless the hip uses the slice and it counts. */
  public double contribution(HipSide side) {
    return role(side) == null ? 0.0 : slice.hip(side).sliceScore();
  }
}
