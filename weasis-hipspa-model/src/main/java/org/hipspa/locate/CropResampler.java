package org.hipspa.locate;

import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;

/**
 * Moves pixels between a slice and a crop box with bilinear interpolation: out to the network's
 * fixed-size crop, and the network's probability maps back to full-slice masks.
 */
public final class CropResampler {
  private CropResampler() {}

  /** The crop of {@code slice} under {@code box}, resampled to {@code spec.width() x spec.height()}. */
  public static FloatImage crop(FloatImage slice, CropBox box, CropSpec spec) {
    FloatImage out = new FloatImage(spec.width(), spec.height());
    double sx = box.width() / spec.width();
    double sy = box.height() / spec.height();
    for (int v = 0; v < spec.height(); v++) {
      double y = box.y0() + (v + 0.5) * sy - 0.5;
      for (int u = 0; u < spec.width(); u++) {
        double x = box.x0() + (u + 0.5) * sx - 0.5;
        out.set(u, v, (float) bilinear(slice, x, y));
      }
    }
    return out;
  }

  /** A mask's crop under {@code box}: on where the resampled mask covers at least half a crop pixel. */
  public static BinaryMask cropMask(BinaryMask mask, CropBox box, CropSpec spec) {
    FloatImage asImage = new FloatImage(mask.width(), mask.height());
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        if (mask.get(x, y)) {
          asImage.set(x, y, 1f);
        }
      }
    }
    FloatImage cropped = crop(asImage, box, spec);
    BinaryMask out = new BinaryMask(spec.width(), spec.height());
    for (int y = 0; y < spec.height(); y++) {
      for (int x = 0; x < spec.width(); x++) {
        out.set(x, y, cropped.get(x, y) >= 0.5f);
      }
    }
    return out;
  }

  /**
   * A full-slice mask that is on where the crop's map, sampled back at the slice pixel's centre, is
   * at least {@code threshold}. Pixels outside the box stay off.
   */
  public static BinaryMask toSliceMask(
      FloatImage cropMap, CropBox box, int sliceWidth, int sliceHeight, double threshold) {
    BinaryMask mask = new BinaryMask(sliceWidth, sliceHeight);
    double su = cropMap.width() / box.width();
    double sv = cropMap.height() / box.height();
    int xStart = Math.max(0, (int) Math.floor(box.x0()));
    int xEnd = Math.min(sliceWidth, (int) Math.ceil(box.x0() + box.width()));
    int yStart = Math.max(0, (int) Math.floor(box.y0()));
    int yEnd = Math.min(sliceHeight, (int) Math.ceil(box.y0() + box.height()));
    for (int y = yStart; y < yEnd; y++) {
      double v = (y + 0.5 - box.y0()) * sv - 0.5;
      for (int x = xStart; x < xEnd; x++) {
        if (!box.contains(x + 0.5, y + 0.5)) {
          continue;
        }
        double u = (x + 0.5 - box.x0()) * su - 0.5;
        if (bilinear(cropMap, u, v) >= threshold) {
          mask.set(x, y, true);
        }
      }
    }
    return mask;
  }

  /** Bilinear sample at (x, y) in pixel-centre coordinates; outside the image counts as 0, edges clamp. */
  static double bilinear(FloatImage image, double x, double y) {
    int w = image.width();
    int h = image.height();
    if (x < -0.5 || y < -0.5 || x > w - 0.5 || y > h - 0.5) {
      return 0;
    }
    double cx = Math.min(Math.max(x, 0), w - 1);
    double cy = Math.min(Math.max(y, 0), h - 1);
    int x0 = (int) Math.floor(cx);
    int y0 = (int) Math.floor(cy);
    int x1 = Math.min(x0 + 1, w - 1);
    int y1 = Math.min(y0 + 1, h - 1);
    double fx = cx - x0;
    double fy = cy - y0;
    double top = image.get(x0, y0) * (1 - fx) + image.get(x1, y0) * fx;
    double bottom = image.get(x0, y1) * (1 - fx) + image.get(x1, y1) * fx;
    return top * (1 - fy) + bottom * fy;
  }
}
