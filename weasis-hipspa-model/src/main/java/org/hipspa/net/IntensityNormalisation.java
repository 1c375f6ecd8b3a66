package org.hipspa.net;

import java.util.Arrays;
import java.util.List;
import org.hipspa.image.FloatImage;

/**
 * Per-series intensity normalisation, recorded in the model manifest so training and inference feed
 * the same numbers. Computed once per series: {@code scale} = the {@code percentile}-th percentile
 * (nearest rank: the value at sorted index ceil(p/100 * n) - 1) of all pixel values in all crops of
 * the series (both hips, every slice); then each pixel becomes
 * {@code clamp(value / scale, clipMin, clipMax)}. A series whose percentile is not positive (a blank
 * series) keeps scale 1. MR signal has no absolute unit, so only the series' own statistics can put
 * two scanners on the same footing; the clip keeps a few very bright pixels from dominating.
 */
public record IntensityNormalisation(String method, double percentile, float clipMin, float clipMax) {
  public static final String METHOD = "series-percentile-scale";

  public static IntensityNormalisation standard() {
    return new IntensityNormalisation(METHOD, 99.0, 0f, 4f);
  }

  /** The scale of a series, from all its crops. */
  public float scaleFor(List<FloatImage> seriesCrops) {
    int n = 0;
    for (FloatImage crop : seriesCrops) {
      n += crop.values().length;
    }
    if (n == 0) {
      return 1f;
    }
    float[] all = new float[n];
    int at = 0;
    for (FloatImage crop : seriesCrops) {
      float[] v = crop.values();
      System.arraycopy(v, 0, all, at, v.length);
      at += v.length;
    }
    Arrays.sort(all);
    int rank = (int) Math.ceil(percentile / 100.0 * n) - 1;
    float p = all[Math.max(0, Math.min(n - 1, rank))];
    return p > 0 && Float.isFinite(p) ? p : 1f;
  }

  /** Normalises {@code crop} with the series scale into {@code out} starting at {@code offset}. */
  public void apply(FloatImage crop, float scale, float[] out, int offset) {
    float[] v = crop.values();
    for (int i = 0; i < v.length; i++) {
      float x = v[i] / scale;
      out[offset + i] = x < clipMin ? clipMin : (x > clipMax ? clipMax : x);
    }
  }

  public FloatImage apply(FloatImage crop, float scale) {
    float[] out = new float[crop.values().length];
    apply(crop, scale, out, 0);
    return new FloatImage(crop.width(), crop.height(), out);
  }
}
