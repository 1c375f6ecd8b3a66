package org.hipspa.score;

/**
 * How many slices HIMRISS scoring uses per hip: a central block around the slice with the largest
 * femoral head, and blocks beyond it anteriorly and posteriorly (the paper: 5, 5 and 5). Sites
 * differ, so these are settings.
 */
public record HimrissSettings(int centralSlices, int anteriorSlices, int posteriorSlices) {

  public static final HimrissSettings PAPER = new HimrissSettings(5, 5, 5);

  public HimrissSettings {
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
