package org.hipspa.score;

import org.hipspa.segment.HipSide;

/**
 * A hip's UNet-score on its HIMRISS slices: the sum of the slice scores of the selected slices that
 * count. {@code slicesNotCounted} were selected but had no femoral head. When no slice shows a
 * femoral head the hip has no score ({@link #isScored()} false) and {@code problem} says so.
 */
public record HipScore(
    HipSide side, double unetScore, int slicesUsed, int slicesNotCounted, int centralSliceIndex, String problem) {

  public boolean isScored() {
    return centralSliceIndex >= 0;
  }
}
