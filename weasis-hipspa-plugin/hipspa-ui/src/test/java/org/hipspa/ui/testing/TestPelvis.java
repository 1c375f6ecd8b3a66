package org.hipspa.ui.testing;

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
 * A bare coronal pelvis with known masks, after the model module's SimplePelvis test fixture (test classes are not
 * shared between modules): a body of muscle signal, two dark femoral-head spheres 95 mm either side of the midline
 * and a bright bladder. The known masks: the heads; BME in the top third of the right head; effusion as a bright cap
 * over the left head. 0.78125 mm pixels, 4 mm slices.
 */
public final class TestPelvis {
  public static final int W = 512;
  public static final int H = 320;
  public static final double SPACING = 0.78125;
  public static final double HEAD_OFFSET_MM = 95;
  public static final double HEAD_Y_PX = 200;
  public static final double HEAD_RADIUS_MM = 24;

  private TestPelvis() {}

  public static double headColumn(boolean right) {
    return W / 2.0 + (right ? -1 : 1) * HEAD_OFFSET_MM / SPACING;
  }

  public static MrSeries coronal(int slices) throws Exception {
    Random random = new Random(1);
    Vec3 rowDir = new Vec3(1, 0, 0);
    Vec3 colDir = new Vec3(0, 0, -1);
    List<MrSlice> list = new ArrayList<>();
    double centreSlice = (slices - 1) / 2.0;
    for (int s = 0; s < slices; s++) {
      double dyMm = (s - centreSlice) * 4.0;
      float[] v = new float[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          double bx = (x - W / 2.0) / 230.0;
          double by = (y - H / 2.0) / 170.0;
          double value = bx * bx + by * by < 1 ? 400 : 10;
          value = Math.max(value, sphere(x, y, dyMm, W / 2.0, 120, 40) ? 1200 : 0);
          for (boolean right : new boolean[] {true, false}) {
            if (sphere(x, y, dyMm, headColumn(right), HEAD_Y_PX, HEAD_RADIUS_MM)) {
              value = right && y < HEAD_Y_PX - 10 ? 700 : 120;
            }
          }
          v[y * W + x] = (float) Math.abs(value + random.nextGaussian() * 15);
        }
      }
      SliceGeometry g = new SliceGeometry(new Vec3(-200, 0, 100), rowDir, colDir, SPACING, SPACING);
      list.add(new MrSlice("1.2.3." + s, "1.2.840.10008.5.1.4.1.1.4", 1, s + 1,
          g.at(new Vec3(-200, 0, 100).plus(g.normal().times(4.0 * s))), Double.NaN, new FloatImage(W, H, v)));
    }
    return SeriesAssembler.assemble(new SeriesHeader(
        new StudyInfo(null, null, null, null, "1", null, null, null, null, null, null), "2", "3", 1, "COR STIR", "MR", 4),
        list);
  }

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
            if (sphere(x, y, dyMm, headColumn(right), HEAD_Y_PX, HEAD_RADIUS_MM)) {
              masks.femoralHead().set(x, y, true);
              if (right && y < HEAD_Y_PX - 10) {
                masks.bme().set(x, y, true);
              }
              if (!right && y < HEAD_Y_PX - 20) {
                masks.effusion().set(x, y, true);
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

  private static boolean sphere(int x, int y, double dyMm, double cx, double cy, double rMm) {
    double dx = (x - cx) * SPACING;
    double dz = (y - cy) * SPACING;
    return dx * dx + dz * dz + dyMm * dyMm < rMm * rMm;
  }
}
