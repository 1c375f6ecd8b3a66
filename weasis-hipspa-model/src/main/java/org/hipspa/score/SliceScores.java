package org.hipspa.score;

import org.hipspa.segment.HipSide;

/** Both hips measured on one slice, with what identifies the slice for a person. */
public record SliceScores(
    int sliceIndex, int instanceNumber, double positionMm, HipMeasurement right, HipMeasurement left) {

  public HipMeasurement hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }
}
