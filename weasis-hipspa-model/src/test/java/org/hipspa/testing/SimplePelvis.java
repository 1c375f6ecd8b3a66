package org.hipspa.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.Vec3;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;

/**
 * A bare-bones coronal pelvis for locator tests, independent of the phantom package: a body of
 * muscle signal, two dark femoral-head spheres 95 mm either side of the midline, and a bright
 * bladder (a larger sphere) in the midline. 0.78125 mm pixels, 4 mm slices.
 */
public final class SimplePelvis {
  public static final int W = 512;
  public static final int H = 320;
  public static final double SPACING = 0.78125;
  public static final double HEAD_OFFSET_MM = 95;
  public static final double HEAD_Y_PX = 200;

  private SimplePelvis() {}

  /** Image column of a head centre; the right hip lies at lower columns. */
  public static double headColumn(boolean right) {
    return W / 2.0 + (right ? -1 : 1) * HEAD_OFFSET_MM / SPACING;
  }

  public static MrSeries series(int slices, Vec3 rowDir, Vec3 colDir, long seed, boolean noiseOnly) throws Exception {
    Random random = new Random(seed);
    List<MrSlice> list = new ArrayList<>();
    double centreSlice = (slices - 1) / 2.0;
    for (int s = 0; s < slices; s++) {
      double dyMm = (s - centreSlice) * 4.0; // distance from the heads' centre plane
      float[] v = new float[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double value;
          if (noiseOnly) {
            value = 0;
          } else {
            double bx = (x - W / 2.0) / 230.0;
            double by = (y - H / 2.0) / 170.0;
            value = bx * bx + by * by < 1 ? 400 : 10;
            value = Math.max(value, sphere(x, y, dyMm, W / 2.0, 120, 40, 1200));
            for (boolean right : new boolean[] {true, false}) {
              double inside = sphere(x, y, dyMm, headColumn(right), HEAD_Y_PX, 24, 1);
              if (inside > 0) {
                value = 120;
              }
            }
          }
          v[y * W + x] = (float) Math.abs(value + random.nextGaussian() * (noiseOnly ? 300 : 15));
        }
      }
      SliceGeometry g = new SliceGeometry(new Vec3(-200, 4.0 * s, 100), rowDir, colDir, SPACING, SPACING);
      list.add(new MrSlice("1.2.3." + s, "1.2.840.10008.5.1.4.1.1.4", 1, s + 1,
          g.at(new Vec3(-200, 0, 100).plus(g.normal().times(4.0 * s))), Double.NaN, new FloatImage(W, H, v)));
    }
    return SeriesAssembler.assemble(new SeriesHeader(
        new StudyInfo(null, null, null, null, "1", null, null, null, null, null, null), "2", "3", 1, "COR STIR", "MR", 4), list);
  }

  /** Where the heads are, on the middle slice. */
  public static FixedLocator locator(MrSeries series) {
    return new FixedLocator(java.util.Map.of(
        org.hipspa.segment.HipSide.RIGHT, new org.hipspa.locate.HipLocation(org.hipspa.segment.HipSide.RIGHT,
            headColumn(true), HEAD_Y_PX, 24, series.size() / 2, 1),
        org.hipspa.segment.HipSide.LEFT, new org.hipspa.locate.HipLocation(org.hipspa.segment.HipSide.LEFT,
            headColumn(false), HEAD_Y_PX, 24, series.size() / 2, 1)));
  }

  /**
   * Masks that match {@link #coronal}: the head spheres, BME as the top third of the right head on
   * every slice, and no effusion.
   */
  public static SeriesSegmentation truth(MrSeries series) {
    List<SliceSegmentation> slices = new ArrayList<>();
    double centreSlice = (series.size() - 1) / 2.0;
    for (int s = 0; s < series.size(); s++) {
      double dyMm = (s - centreSlice) * 4.0;
      HipMasks[] hips = new HipMasks[2];
      for (int h = 0; h < 2; h++) {
        boolean right = h == 0;
        HipMasks masks = HipMasks.empty(W, H);
        for (int y = 0; y < H; y++) {
          for (int x = 0; x < W; x++) {
            if (sphere(x, y, dyMm, headColumn(right), HEAD_Y_PX, 24, 1) > 0) {
              masks.femoralHead().set(x, y, true);
              if (right && y < HEAD_Y_PX - 10) {
                masks.bme().set(x, y, true);
              }
            }
          }
        }
        hips[h] = masks;
      }
      slices.add(new SliceSegmentation(hips[0], hips[1]));
    }
    return new SeriesSegmentation(series.seriesInstanceUid(), slices);
  }

  /** value inside a sphere of radius r (mm) centred at (cx, cy) px in the plane dy mm away, else 0 */
  private static double sphere(int x, int y, double dyMm, double cx, double cy, double rMm, double value) {
    double dx = (x - cx) * SPACING;
    double dz = (y - cy) * SPACING;
    return dx * dx + dz * dz + dyMm * dyMm < rMm * rMm ? value : 0;
  }

  public static MrSeries coronal(int slices) throws Exception {
    return series(slices, new Vec3(1, 0, 0), new Vec3(0, 0, -1), 1, false);
  }
}
