package org.hipspa.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;

/**
 * Toy crops for tests until the hip phantom exists: a bright ellipse ("femoral head") on noise, a
 * brighter blob inside it on some crops ("BME") and a bright blob at its rim outside it on others
 * ("effusion"). Each patient has its own intensity scale, as scanners do.
 */
public final class ToyCrops {
  private ToyCrops() {}

  public static List<CropSample> make(int patients, int cropsPerPatient, long seed) {
    Random r = new Random(seed);
    List<CropSample> crops = new ArrayList<>();
    for (int p = 0; p < patients; p++) {
      double gain = 0.5 + r.nextDouble() * 2;
      for (int k = 0; k < cropsPerPatient; k++) {
        crops.add(crop("patient" + p, "series" + p, "slice" + k, gain, r));
      }
    }
    return crops;
  }

  private static CropSample crop(String patient, String series, String label, double gain, Random r) {
    int w = CropContract.WIDTH;
    int h = CropContract.HEIGHT;
    double cx = 64 + r.nextGaussian() * 8;
    double cy = 75 + r.nextGaussian() * 8;
    double ax = 24 + r.nextDouble() * 10;
    double ay = 26 + r.nextDouble() * 10;
    boolean hasBme = r.nextDouble() < 0.6;
    double bx = cx + (r.nextDouble() - 0.5) * ax;
    double by = cy + (r.nextDouble() - 0.5) * ay;
    double br = 5 + r.nextDouble() * 5;
    boolean hasEffusion = r.nextDouble() < 0.5;
    double angle = r.nextDouble() * 2 * Math.PI;
    double ex = cx + Math.cos(angle) * ax;
    double ey = cy + Math.sin(angle) * ay;
    double er = 6 + r.nextDouble() * 4;
    float[] v = new float[w * h];
    BinaryMask head = new BinaryMask(w, h);
    BinaryMask bme = new BinaryMask(w, h);
    BinaryMask effusion = new BinaryMask(w, h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double value = 80 + r.nextGaussian() * 15;
        boolean inHead = sq((x - cx) / ax) + sq((y - cy) / ay) <= 1;
        if (inHead) {
          value = 220 + r.nextGaussian() * 15;
          head.set(x, y, true);
          if (hasBme && sq(x - bx) + sq(y - by) <= br * br) {
            value = 420 + r.nextGaussian() * 15;
            bme.set(x, y, true);
          }
        } else if (hasEffusion && sq(x - ex) + sq(y - ey) <= er * er) {
          value = 520 + r.nextGaussian() * 15;
          effusion.set(x, y, true);
        }
        v[y * w + x] = (float) (Math.max(0, value) * gain);
      }
    }
    return new CropSample(patient, series, label, new FloatImage(w, h, v), head, bme, effusion);
  }

  private static double sq(double v) {
    return v * v;
  }
}
