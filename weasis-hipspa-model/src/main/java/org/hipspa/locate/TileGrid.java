package org.hipspa.locate;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.FloatImage;

/** Overlapping network-sized tiles that cover a whole slice, and the stitching of their maps. */
final class TileGrid {
  /** Neighbouring tiles overlap by at least this share of a tile, so no head is seen only at an edge. */
  static final double MIN_OVERLAP = 0.25;

  private TileGrid() {}

  static List<CropBox> covering(int columns, int rows, double spacingX, double spacingY, CropSpec spec) {
    double tileWidth = spec.widthMm() / spacingX;
    double tileHeight = spec.heightMm() / spacingY;
    List<CropBox> tiles = new ArrayList<>();
    for (double y : starts(rows, tileHeight)) {
      for (double x : starts(columns, tileWidth)) {
        tiles.add(new CropBox(null, x, y, tileWidth, tileHeight));
      }
    }
    return tiles;
  }

  /** Evenly spaced tile starts from 0 to (length - tile), at most (1 - overlap) of a tile apart. */
  private static double[] starts(int length, double tile) {
    if (tile >= length) {
      return new double[] {(length - tile) / 2};
    }
    int count = (int) Math.ceil((length - tile) / (tile * (1 - MIN_OVERLAP))) + 1;
    double[] s = new double[count];
    for (int i = 0; i < count; i++) {
      s[i] = (length - tile) * i / (count - 1);
    }
    return s;
  }

  /** The average of the tiles' maps, sampled back onto the slice's pixels. */
  static FloatImage stitch(List<FloatImage> maps, List<CropBox> tiles, int columns, int rows) {
    float[] sum = new float[columns * rows];
    float[] weight = new float[columns * rows];
    for (int t = 0; t < tiles.size(); t++) {
      CropBox box = tiles.get(t);
      FloatImage map = maps.get(t);
      double su = map.width() / box.width();
      double sv = map.height() / box.height();
      int x0 = Math.max(0, (int) Math.floor(box.x0()));
      int x1 = Math.min(columns, (int) Math.ceil(box.x0() + box.width()));
      int y0 = Math.max(0, (int) Math.floor(box.y0()));
      int y1 = Math.min(rows, (int) Math.ceil(box.y0() + box.height()));
      for (int y = y0; y < y1; y++) {
        double v = (y + 0.5 - box.y0()) * sv - 0.5;
        for (int x = x0; x < x1; x++) {
          if (!box.contains(x + 0.5, y + 0.5)) {
            continue;
          }
          double u = (x + 0.5 - box.x0()) * su - 0.5;
          sum[y * columns + x] += (float) CropResampler.bilinear(map, u, v);
          weight[y * columns + x] += 1;
        }
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] = weight[i] > 0 ? sum[i] / weight[i] : 0;
    }
    return new FloatImage(columns, rows, sum);
  }
}
