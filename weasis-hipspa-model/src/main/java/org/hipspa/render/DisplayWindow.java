package org.hipspa.render;

import java.util.Arrays;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;

/** A grey-level window (centre and width, as in DICOM) mapping pixel values to 0..255. */
public record DisplayWindow(double centre, double width) {

  public DisplayWindow {
    if (!(width > 0)) {
      throw new IllegalArgumentException("window width must be positive");
    }
  }

  /**
   * The window a viewer opens the series with: the one its DICOM files carry, as the scanner or technologist set it,
   * else {@link #auto}.
   */
  public static DisplayWindow initial(MrSeries series) {
    return series.storedWindow().map(w -> new DisplayWindow(w.centre(), w.width())).orElseGet(() -> auto(series));
  }

  /** A window from the series' 1st to 99.5th percentile, which suits STIR's bright fluid. */
  public static DisplayWindow auto(MrSeries series) {
    int step = Math.max(1, series.rows() * series.columns() * series.size() / 200_000);
    float[] sample = new float[series.rows() * series.columns() * series.size() / step + series.size()];
    int n = 0;
    for (MrSlice slice : series.slices()) {
      float[] v = slice.pixels().values();
      for (int i = 0; i < v.length; i += step) {
        sample[n++] = v[i];
      }
    }
    Arrays.sort(sample, 0, n);
    double low = sample[(int) (0.01 * (n - 1))];
    double high = sample[(int) (0.995 * (n - 1))];
    if (high <= low) {
      high = low + 1;
    }
    return new DisplayWindow((low + high) / 2, high - low);
  }

  public int grey(float value) {
    double g = (value - (centre - width / 2)) / width * 255.0;
    return (int) Math.max(0, Math.min(255, Math.round(g)));
  }
}
