package org.hipspa.train;

import java.util.Random;
import org.hipspa.net.CropContract;
import org.hipspa.segment.Structure;

/**
 * Random changes that keep a crop's anatomy plausible, applied to image and labels together: a
 * left-right flip (a left hip looks like a mirrored right hip), a rotation of up to
 * {@code maxRotationDegrees} and a scale within 1 +/- {@code maxScaleChange} about the crop centre
 * (bilinear for the image, nearest neighbour for the labels, zero outside), then intensity
 * {@code x * gain + offset} with gain in 1 +/- {@code maxGainChange} and offset within
 * +/- {@code maxOffset}, and Gaussian noise of standard deviation up to {@code maxNoise} (all in
 * normalised units). The channels of a crop with context slices are one volume: they share the flip,
 * rotation, scale, gain and offset; only the noise is drawn for each channel on its own, as MR noise is
 * independent between slices. The random draws of a one-channel crop are those made before context
 * slices existed, in the same order, so the default recipe trains to the same numbers.
 */
public record Augmentation(double maxRotationDegrees, double maxScaleChange, double maxGainChange, double maxOffset, double maxNoise) {

  public static Augmentation standard() {
    return new Augmentation(10, 0.10, 0.10, 0.05, 0.03);
  }

  public static Augmentation none() {
    return new Augmentation(0, 0, 0, 0, 0);
  }

  /** A new image and label array for {@code crop}; the crop itself is not changed. */
  float[][] apply(PreparedCrop crop, Random random) {
    int w = CropContract.WIDTH;
    int h = CropContract.HEIGHT;
    boolean flip = random.nextBoolean();
    double angle = Math.toRadians((random.nextDouble() * 2 - 1) * maxRotationDegrees);
    double scale = 1 + (random.nextDouble() * 2 - 1) * maxScaleChange;
    double gain = 1 + (random.nextDouble() * 2 - 1) * maxGainChange;
    double offset = (random.nextDouble() * 2 - 1) * maxOffset;
    double noise = random.nextDouble() * maxNoise;

    float[] src = crop.image();
    float[] labels = crop.labels();
    int channels = crop.channels();
    float[] image = new float[src.length];
    float[] outLabels = new float[labels.length];
    double cx = (w - 1) / 2.0;
    double cy = (h - 1) / 2.0;
    double cos = Math.cos(angle) / scale;
    double sin = Math.sin(angle) / scale;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // Inverse mapping: where in the source does this output pixel come from?
        double dx = x - cx;
        double dy = y - cy;
        double sx = cx + cos * dx + sin * dy;
        double sy = cy - sin * dx + cos * dy;
        if (flip) {
          sx = w - 1 - sx;
        }
        int i = y * w + x;
        for (int c = 0; c < channels; c++) {
          int at = c * CropContract.PIXELS;
          image[at + i] = (float) (bilinear(src, at, sx, sy) * gain + offset + (noise > 0 ? random.nextGaussian() * noise : 0));
        }
        int nx = (int) Math.round(sx);
        int ny = (int) Math.round(sy);
        if (nx >= 0 && nx < w && ny >= 0 && ny < h) {
          for (int s = 0; s < Structure.count(); s++) {
            outLabels[s * CropContract.PIXELS + i] = labels[s * CropContract.PIXELS + ny * w + nx];
          }
        }
      }
    }
    return new float[][] {image, outLabels};
  }

  /** Bilinear sample of the channel that starts at {@code at} in {@code v}; 0 outside the crop. */
  private static float bilinear(float[] v, int at, double x, double y) {
    int w = CropContract.WIDTH;
    int h = CropContract.HEIGHT;
    if (x < 0 || y < 0 || x > w - 1 || y > h - 1) {
      return 0f;
    }
    int x0 = Math.min((int) x, w - 2);
    int y0 = Math.min((int) y, h - 2);
    double fx = x - x0;
    double fy = y - y0;
    double top = v[at + y0 * w + x0] * (1 - fx) + v[at + y0 * w + x0 + 1] * fx;
    double bottom = v[at + (y0 + 1) * w + x0] * (1 - fx) + v[at + (y0 + 1) * w + x0 + 1] * fx;
    return (float) (top * (1 - fy) + bottom * fy);
  }
}
