package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

/**
 * The ground truth of one slice, in series order (anterior to posterior).
 *
 * @param index position in {@code MrSeries.slices()}, from 0
 * @param positionMm the slice's position along the series normal, as in {@code MrSlice.positionMm()}
 */
public record SliceTruth(int index, int instanceNumber, double positionMm, HipTruth right, HipTruth left) {

  public HipTruth hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }
}
