package org.hipspa.locate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.segment.HipSide;

/**
 * Finds each femoral head in a coronal series with a gradient circle transform: on fat-suppressed
 * images the femoral head's marrow is darker than the muscle and joint fluid around it, so its rim
 * is a circle of edges whose gradients point outward. Every thin edge votes for the centres that lie
 * a radius behind it; the centre, radius and slice with the most support, on each side of the
 * midline and lateral enough to exclude the bladder, is the head. Works at about 2 mm per pixel.
 */
public final class FemoralHeadLocator {
  static final double WORKING_MM_PER_PIXEL = 2.0;
  static final double MIN_RADIUS_MM = 17;
  static final double MAX_RADIUS_MM = 32;
  /** Head centres lie about 80 to 110 mm from the midline in adults; the bladder, the obturator foramina
   * and the ischial tuberosities (round and dark too) lie inside 62 mm. */
  static final double MIN_OFF_MIDLINE_MM = 62;
  static final double MAX_OFF_MIDLINE_MM = 160;
  /** An edge must change by this fraction of the series' bright level per working pixel. */
  static final double EDGE_FRACTION = 0.04;
  /** Below this fraction of a supported circumference nothing head-like was found. */
  public static final double MIN_SUPPORT = 0.30;

  private FemoralHeadLocator() {}

  public static Map<HipSide, HipLocation> locate(MrSeries series, CancelToken cancel)
      throws NotAHipSeriesException, AnalysisCancelledException {
    double bright = brightLevel(series);
    double midlineX = midlineX(series, bright);
    int factor = Math.max(1, (int) Math.round(WORKING_MM_PER_PIXEL / Math.min(series.spacingX(), series.spacingY())));
    double mmX = series.spacingX() * factor;
    double mmY = series.spacingY() * factor;
    double mm = Math.sqrt(mmX * mmY);
    int rMin = (int) Math.floor(MIN_RADIUS_MM / mm);
    int rMax = (int) Math.ceil(MAX_RADIUS_MM / mm);

    Map<HipSide, Candidate> best = new EnumMap<>(HipSide.class);
    for (int s = 0; s < series.size(); s++) {
      cancel.throwIfCancelled();
      FloatImage small = blur(downsample(series.slice(s).pixels(), factor));
      int[][] votes = vote(small, rMin, rMax, EDGE_FRACTION * bright);
      for (HipSide side : HipSide.values()) {
        Candidate candidate = bestInRegion(votes, small, side, s, rMin, midlineX, factor, mmX, mm, series);
        // The largest circle wins across slices: the central slice shows the head's full diameter.
        if (candidate != null && (best.get(side) == null || candidate.rank() > best.get(side).rank())) {
          best.put(side, candidate);
        }
      }
    }
    Map<HipSide, HipLocation> found = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      HipLocation location = best.get(side) == null ? null : best.get(side).location();
      if (location == null || location.support() < MIN_SUPPORT) {
        throw new NotAHipSeriesException(String.format(Locale.ROOT,
            "No %s femoral head could be found in this series (best circular support %.2f, needed %.2f);"
                + " the analysis needs a coronal STIR series through both hips.",
            side.label(), location == null ? 0.0 : location.support(), MIN_SUPPORT));
      }
      found.put(side, location);
    }
    return found;
  }

  private record Candidate(HipLocation location, int rank) {}

  private static Candidate bestInRegion(int[][] votes, FloatImage small, HipSide side, int sliceIndex, int rMin,
      double midlineX, int factor, double mmX, double mm, MrSeries series) {
    int w = small.width();
    int h = small.height();
    double midSmall = (midlineX + 0.5) / factor - 0.5;
    double near = MIN_OFF_MIDLINE_MM / mmX;
    double far = MAX_OFF_MIDLINE_MM / mmX;
    // Columns increase toward the patient's left when the row direction has a positive x.
    boolean leftIsHigherX = series.slice(0).geometry().rowDirection().x() >= 0;
    boolean higherX = (side == HipSide.LEFT) == leftIsHigherX;
    int xFrom = (int) Math.max(1, Math.ceil(higherX ? midSmall + near : midSmall - far));
    int xTo = (int) Math.min(w - 2, Math.floor(higherX ? midSmall + far : midSmall - near));
    int margin = Math.max(1, h / 20);
    Candidate best = null;
    for (int ri = 0; ri < votes.length; ri++) {
      int r = rMin + ri;
      double circumference = 2 * Math.PI * r;
      int[] acc = votes[ri];
      for (int y = margin; y < h - margin; y++) {
        for (int x = xFrom; x <= xTo; x++) {
          int sum = 0;
          for (int dy = -1; dy <= 1; dy++) {
            int row = (y + dy) * w;
            sum += acc[row + x - 1] + acc[row + x] + acc[row + x + 1];
          }
          // Ranked by votes near the centre plus those exactly on it: at the true radius the votes
          // converge on one pixel, at a slightly wrong radius they only land nearby.
          int rank = sum + acc[y * w + x];
          if (best == null || rank > best.rank()) {
            best = new Candidate(new HipLocation(side, (x + 0.5) * factor - 0.5, (y + 0.5) * factor - 0.5, r * mm,
                sliceIndex, Math.min(1.0, sum / circumference)), rank);
          }
        }
      }
    }
    return best;
  }

  /** Votes of thin outward edges for centres r pixels behind them, one accumulator per radius. */
  static int[][] vote(FloatImage image, int rMin, int rMax, double edgeThreshold) {
    int w = image.width();
    int h = image.height();
    float[] gx = new float[w * h];
    float[] gy = new float[w * h];
    float[] mag = new float[w * h];
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        float dx = (image.get(x + 1, y - 1) + 2 * image.get(x + 1, y) + image.get(x + 1, y + 1)
            - image.get(x - 1, y - 1) - 2 * image.get(x - 1, y) - image.get(x - 1, y + 1)) / 8f;
        float dy = (image.get(x - 1, y + 1) + 2 * image.get(x, y + 1) + image.get(x + 1, y + 1)
            - image.get(x - 1, y - 1) - 2 * image.get(x, y - 1) - image.get(x + 1, y - 1)) / 8f;
        int i = y * w + x;
        gx[i] = dx;
        gy[i] = dy;
        mag[i] = (float) Math.hypot(dx, dy);
      }
    }
    int[][] votes = new int[rMax - rMin + 1][w * h];
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        if (mag[i] < edgeThreshold || !isLocalMaximumAlongGradient(mag, gx[i], gy[i], x, y, w)) {
          continue;
        }
        double ux = gx[i] / mag[i];
        double uy = gy[i] / mag[i];
        for (int r = rMin; r <= rMax; r++) {
          int cx = (int) Math.round(x - ux * r);
          int cy = (int) Math.round(y - uy * r);
          if (cx >= 0 && cy >= 0 && cx < w && cy < h) {
            votes[r - rMin][cy * w + cx]++;
          }
        }
      }
    }
    return votes;
  }

  /** Canny's non-maximum suppression: keeps edges one pixel thin so support counts each rim pixel once. */
  private static boolean isLocalMaximumAlongGradient(float[] mag, float gx, float gy, int x, int y, int w) {
    int stepX = (int) Math.round(gx / Math.hypot(gx, gy));
    int stepY = (int) Math.round(gy / Math.hypot(gx, gy));
    float m = mag[y * w + x];
    return m >= mag[(y + stepY) * w + x + stepX] && m > mag[(y - stepY) * w + x - stepX];
  }

  /** The 99th percentile of the series' pixel values, from a sample. */
  static double brightLevel(MrSeries series) {
    int count = 0;
    float[] sample = new float[series.size() * (series.rows() * series.columns() / 7 + 1)];
    for (var slice : series.slices()) {
      float[] v = slice.pixels().values();
      for (int i = 0; i < v.length; i += 7) {
        sample[count++] = v[i];
      }
    }
    Arrays.sort(sample, 0, count);
    return Math.max(1e-6, sample[(int) (0.99 * (count - 1))]);
  }

  /** The column of the body's midline: the centroid of clearly lit pixels over all slices. */
  static double midlineX(MrSeries series, double bright) {
    double threshold = 0.1 * bright;
    double sumX = 0;
    double sumW = 0;
    for (var slice : series.slices()) {
      FloatImage p = slice.pixels();
      for (int y = 0; y < p.height(); y++) {
        for (int x = 0; x < p.width(); x++) {
          if (p.get(x, y) > threshold) {
            sumX += x;
            sumW++;
          }
        }
      }
    }
    return sumW == 0 ? (series.columns() - 1) / 2.0 : sumX / sumW;
  }

  static FloatImage downsample(FloatImage image, int factor) {
    if (factor == 1) {
      return image;
    }
    int w = image.width() / factor;
    int h = image.height() / factor;
    FloatImage out = new FloatImage(w, h);
    float norm = 1f / (factor * factor);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float sum = 0;
        for (int dy = 0; dy < factor; dy++) {
          for (int dx = 0; dx < factor; dx++) {
            sum += image.get(x * factor + dx, y * factor + dy);
          }
        }
        out.set(x, y, sum * norm);
      }
    }
    return out;
  }

  /** A 5-tap binomial blur in x and y (sigma about 1 pixel), so noise does not make edges. */
  static FloatImage blur(FloatImage image) {
    int w = image.width();
    int h = image.height();
    float[] k = {1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f};
    FloatImage tmp = new FloatImage(w, h);
    FloatImage out = new FloatImage(w, h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float s = 0;
        for (int t = -2; t <= 2; t++) {
          s += k[t + 2] * image.get(Math.min(w - 1, Math.max(0, x + t)), y);
        }
        tmp.set(x, y, s);
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float s = 0;
        for (int t = -2; t <= 2; t++) {
          s += k[t + 2] * tmp.get(x, Math.min(h - 1, Math.max(0, y + t)));
        }
        out.set(x, y, s);
      }
    }
    return out;
  }
}
