package org.hipspa.weasis;

import org.hipspa.image.FloatImage;
import org.hipspa.image.UnusableSeriesException;
import org.weasis.opencv.data.PlanarImage;

/**
 * Copies a Weasis image's stored pixel values into a {@link FloatImage} and applies the modality rescale, as the DICOM
 * reader does, so both give the pipeline the same numbers. Reads the whole image in one {@code get} call of its own
 * depth (OpenCV refuses a mismatched array type).
 */
final class PixelCopy {

  private PixelCopy() {}

  static FloatImage of(PlanarImage image, double slope, double intercept, String seriesName)
      throws UnusableSeriesException {
    if (image == null) {
      throw new UnusableSeriesException("An image of series " + seriesName
          + " could not be loaded by Weasis; reload the series and try again.");
    }
    if (image.channels() != 1) {
      throw new UnusableSeriesException("Series " + seriesName
          + " has colour images; analyse the greyscale coronal STIR series instead.");
    }
    int n = image.width() * image.height();
    float[] values = new float[n];
    switch (image.type() & 7) {
      case 0 -> {
        byte[] b = new byte[n];
        image.get(0, 0, b);
        for (int i = 0; i < n; i++) {
          values[i] = b[i] & 0xFF;
        }
      }
      case 1 -> {
        byte[] b = new byte[n];
        image.get(0, 0, b);
        for (int i = 0; i < n; i++) {
          values[i] = b[i];
        }
      }
      case 2 -> {
        short[] s = new short[n];
        image.get(0, 0, s);
        for (int i = 0; i < n; i++) {
          values[i] = s[i] & 0xFFFF;
        }
      }
      case 3 -> {
        short[] s = new short[n];
        image.get(0, 0, s);
        for (int i = 0; i < n; i++) {
          values[i] = s[i];
        }
      }
      case 4 -> {
        int[] v = new int[n];
        image.get(0, 0, v);
        for (int i = 0; i < n; i++) {
          values[i] = v[i];
        }
      }
      case 5 -> image.get(0, 0, values);
      default -> {
        double[] d = new double[n];
        image.get(0, 0, d);
        for (int i = 0; i < n; i++) {
          values[i] = (float) d[i];
        }
      }
    }
    if (slope != 1 || intercept != 0) {
      for (int i = 0; i < n; i++) {
        values[i] = (float) (values[i] * slope + intercept);
      }
    }
    return new FloatImage(image.width(), image.height(), values);
  }
}
