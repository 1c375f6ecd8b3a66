package org.hipspa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;

/**
 * Deterministic network inputs for timing: a series of crops of {@code channels} channels. Channel c of
 * crop i is the synthetic slice i + c - k (k = (channels - 1) / 2), the order {@code ContextSlices} stacks a
 * real series in, so every channel of a crop differs from its neighbours; with one channel crop i is slice i.
 */
final class SyntheticCrops {
  private SyntheticCrops() {}

  /** {@code crops} crops of {@code channels} (odd) channels each. */
  static List<CropStack> series(int crops, int channels) {
    int k = CropContract.contextSlices(channels);
    List<CropStack> series = new ArrayList<>(crops);
    for (int i = 0; i < crops; i++) {
      List<FloatImage> stack = new ArrayList<>(channels);
      for (int c = 0; c < channels; c++) {
        stack.add(slice(i + c - k));
      }
      series.add(new CropStack(stack));
    }
    return series;
  }

  /** One 128x160 slice with structure (a bright disc on a gradient with noise), different for every seed. */
  static FloatImage slice(int seed) {
    Random r = new Random(seed);
    float[] v = new float[CropContract.PIXELS];
    for (int y = 0; y < CropContract.HEIGHT; y++) {
      for (int x = 0; x < CropContract.WIDTH; x++) {
        double d = Math.hypot(x - 64, y - 80);
        v[y * CropContract.WIDTH + x] = (float) ((d < 30 ? 300 : 100) + y * 0.5 + r.nextGaussian() * 20);
      }
    }
    return new FloatImage(CropContract.WIDTH, CropContract.HEIGHT, v);
  }

  /** The crops as one (N, C, 160, 128) row-major float array, the network's input layout. */
  static float[] tensor(List<CropStack> series) {
    int channels = series.get(0).count();
    float[] data = new float[series.size() * channels * CropContract.PIXELS];
    for (int i = 0; i < series.size(); i++) {
      for (int c = 0; c < channels; c++) {
        System.arraycopy(series.get(i).channel(c).values(), 0, data, (i * channels + c) * CropContract.PIXELS, CropContract.PIXELS);
      }
    }
    return data;
  }
}
