package org.hipspa.testing;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.UnusableSeriesException;
import org.hipspa.image.Vec3;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;

/**
 * A small coronal stack with geometric shapes as masks, for tests of what is written from a series
 * and its segmentation (not the phantom: no anatomy, just exactly known pixels). Columns run toward
 * the patient's left, rows toward the feet, slices from anterior to posterior 4 mm apart; the right
 * hip lies in the image's left half. Each hip has a disc-shaped femoral head that grows toward the
 * middle slice, BME inside it and an effusion crescent beside it on some slices.
 */
public final class SyntheticHipStack {
  public static final String MR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.4";
  public static final String ENHANCED_MR_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.4.1";

  private SyntheticHipStack() {}

  public static MrSeries series(int columns, int rows, int slices, String seriesUid, String frameOfReferenceUid)
      throws UnusableSeriesException {
    return series(columns, rows, slices, seriesUid, frameOfReferenceUid, false);
  }

  /** The same stack stored as the frames of one Enhanced MR instance, in reverse order of position. */
  public static MrSeries enhancedSeries(int columns, int rows, int slices) throws UnusableSeriesException {
    return series(columns, rows, slices, "2.25.2002", "2.25.3003", true);
  }

  private static MrSeries series(
      int columns, int rows, int slices, String seriesUid, String frameOfReferenceUid, boolean enhanced)
      throws UnusableSeriesException {
    List<MrSlice> list = new ArrayList<>();
    Vec3 rowDirection = new Vec3(1, 0, 0);
    Vec3 columnDirection = new Vec3(0, 0, -1);
    for (int i = 0; i < slices; i++) {
      float[] v = new float[columns * rows];
      for (int p = 0; p < v.length; p++) {
        v[p] = 100 + (p % columns) + 3 * (p / columns) + 7 * i;
      }
      Vec3 position = new Vec3(-0.5 * columns * 1.5 + 0.123456, -20 + 4.0 * i, 0.5 * rows * 1.25 - 0.654321);
      SliceGeometry g = new SliceGeometry(position, rowDirection, columnDirection, 1.5, 1.25);
      list.add(enhanced
          ? new MrSlice(seriesUid + ".1", ENHANCED_MR_SOP_CLASS, slices - i, 1, g, Double.NaN, new FloatImage(columns, rows, v))
          : new MrSlice(seriesUid + "." + (i + 1), MR_SOP_CLASS, 1, i + 1, g, Double.NaN, new FloatImage(columns, rows, v)));
    }
    StudyInfo study = new StudyInfo("Test^Synthetic", "SYN-001", "19800101", "O", "2.25.1001", "20260101",
        "120000", "1", "ACC1", "", "Synthetic hip stack");
    return SeriesAssembler.assemble(
        new SeriesHeader(study, seriesUid, frameOfReferenceUid, 7, "COR STIR synthetic", "MR", 4.0), list);
  }

  public static MrSeries series(int columns, int rows, int slices) throws UnusableSeriesException {
    return series(columns, rows, slices, "2.25.2002", "2.25.3003");
  }

  /** Masks with shapes; slice 0 is left empty everywhere, and the left hip has no effusion at all. */
  public static SeriesSegmentation segmentation(MrSeries series) {
    int w = series.columns();
    int h = series.rows();
    int n = series.size();
    List<SliceSegmentation> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double radius = i == 0 ? 0 : Math.max(0, Math.min(w, h) / 4.0 - Math.abs(i - n / 2.0) * 0.6);
      slices.add(new SliceSegmentation(hip(HipSide.RIGHT, w, h, radius, i), hip(HipSide.LEFT, w, h, radius, i)));
    }
    return new SeriesSegmentation(series.seriesInstanceUid(), slices);
  }

  private static HipMasks hip(HipSide side, int w, int h, double radius, int slice) {
    double cx = side == HipSide.RIGHT ? w / 4.0 : 3 * w / 4.0;
    double cy = h / 2.0;
    BinaryMask head = new BinaryMask(w, h);
    BinaryMask bme = new BinaryMask(w, h);
    BinaryMask effusion = new BinaryMask(w, h);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d = Math.hypot(x - cx, y - cy);
        if (radius > 0 && d <= radius) {
          head.set(x, y, true);
          if (slice % 2 == 1 && x <= cx && y <= cy) {
            bme.set(x, y, true);
          }
        } else if (side == HipSide.RIGHT && radius > 0 && d <= radius + 1.5 && y < cy) {
          effusion.set(x, y, true);
        }
      }
    }
    return new HipMasks(head, bme, effusion);
  }
}
