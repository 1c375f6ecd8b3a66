package org.hipspa.locate;

import java.util.Locale;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.Plane;

/** Refuses, with one sentence, a series the hip analysis cannot score, before any work is done. */
public final class HipSeriesCheck {
  /** The paper excluded patients with fewer than 5 slices through the hip. */
  public static final int MIN_SLICES = 5;
  /** Coronal acquisitions are often angled along the femoral neck; beyond this it is another plane. */
  public static final double MAX_CORONAL_TILT_DEGREES = 25;

  private HipSeriesCheck() {}

  public static void requireCoronalHipSeries(MrSeries series) throws NotAHipSeriesException {
    if (series.size() == 1) {
      throw new NotAHipSeriesException("This series is a single image; the hip analysis needs a coronal series"
          + " through both hips with at least " + MIN_SLICES + " slices.");
    }
    if (series.orientation().plane() != Plane.CORONAL || series.orientation().tiltDegrees() > MAX_CORONAL_TILT_DEGREES) {
      throw new NotAHipSeriesException("This series is " + article(series.orientation().describe()) + " series, not coronal;"
          + " choose the coronal STIR series of the hips.");
    }
    if (series.size() < MIN_SLICES) {
      throw new NotAHipSeriesException(String.format(Locale.ROOT,
          "This series has only %d slices; HIMRISS scoring needs at least %d consecutive coronal slices through the hips,"
              + " so choose a series that covers them.", series.size(), MIN_SLICES));
    }
    if (isBlank(series)) {
      throw new NotAHipSeriesException("Every slice of this series is blank, so there is nothing to analyse;"
          + " check that the series was loaded completely.");
    }
  }

  private static boolean isBlank(MrSeries series) {
    for (MrSlice slice : series.slices()) {
      float[] v = slice.pixels().values();
      float first = v[0];
      for (float value : v) {
        if (value != first) {
          return false;
        }
      }
    }
    return true;
  }

  private static String article(String phrase) {
    return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
  }
}
