package org.hipspa.locate;

import java.util.Arrays;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;

/** The column of the body's midline: the centroid of clearly lit pixels over the series. */
final class BodyMidline {
  private BodyMidline() {}

  static double column(MrSeries series) {
    double threshold = 0.1 * brightLevel(series);
    double sumX = 0;
    double count = 0;
    for (MrSlice slice : series.slices()) {
      FloatImage p = slice.pixels();
      for (int y = 0; y < p.height(); y++) {
        for (int x = 0; x < p.width(); x++) {
          if (p.get(x, y) > threshold) {
            sumX += x;
            count++;
          }
        }
      }
    }
    return count == 0 ? (series.columns() - 1) / 2.0 : sumX / count;
  }

  /** The 99th percentile of the series' pixel values, from every seventh pixel. */
  private static double brightLevel(MrSeries series) {
    int n = 0;
    float[] sample = new float[series.size() * (series.rows() * series.columns() / 7 + 1)];
    for (MrSlice slice : series.slices()) {
      float[] v = slice.pixels().values();
      for (int i = 0; i < v.length; i += 7) {
        sample[n++] = v[i];
      }
    }
    Arrays.sort(sample, 0, n);
    return sample[(int) (0.99 * (n - 1))];
  }
}
