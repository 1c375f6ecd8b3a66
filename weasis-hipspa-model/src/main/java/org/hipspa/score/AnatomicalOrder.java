package org.hipspa.score;

import org.hipspa.image.MrSeries;

/** Which end of a coronal series is anterior. */
public final class AnatomicalOrder {
  private AnatomicalOrder() {}

  /**
   * Slices are sorted along the series normal; in DICOM patient coordinates +y points posterior, so
   * a normal with a positive y component means slice 0 is the most anterior.
   */
  public static boolean anteriorFirst(MrSeries series) {
    return series.normal().y() >= 0;
  }
}
