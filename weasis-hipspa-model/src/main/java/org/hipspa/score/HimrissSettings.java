package org.hipspa.score;

/**
 * How many slices HIMRISS scoring uses per hip: a central block around the slice with the largest
 * femoral head, and blocks beyond it anteriorly and posteriorly (the paper: 5, 5 and 5). Sites
 * differ, so these are settings.
 *
 * <p>{@code minHeadAreaFraction}: a selected slice whose femoral head section is smaller than this
 * fraction of the hip's largest section does not count. The paper does not say; we do, because on
 * the thin caps at the edge of the head a lesion-to-head ratio divides by almost nothing (effusion
 * beside a 50 mm² cap gave slice scores above 4 on phantoms) and one such slice then outweighs the
 * whole central block.
 */
public record HimrissSettings(int centralSlices, int anteriorSlices, int posteriorSlices, double minHeadAreaFraction) {

  public static final double DEFAULT_MIN_HEAD_AREA_FRACTION = 0.25;
  public static final HimrissSettings PAPER = new HimrissSettings(5, 5, 5);

  public HimrissSettings(int centralSlices, int anteriorSlices, int posteriorSlices) {
    this(centralSlices, anteriorSlices, posteriorSlices, DEFAULT_MIN_HEAD_AREA_FRACTION);
  }

  public HimrissSettings {
    if (!(minHeadAreaFraction >= 0 && minHeadAreaFraction < 1)) {
      throw new IllegalArgumentException("the minimum head area fraction must be from 0 to below 1, not " + minHeadAreaFraction);
    }
    if (centralSlices < 1 || centralSlices % 2 == 0) {
      throw new IllegalArgumentException(
          "the central block must be an odd number of slices (the central slice and as many on each side), not " + centralSlices);
    }
    if (anteriorSlices < 0 || posteriorSlices < 0) {
      throw new IllegalArgumentException("slice counts cannot be negative");
    }
  }

  /** Slices on each side of the central slice inside the central block. */
  public int centralHalfWidth() {
    return centralSlices / 2;
  }
}
