package org.hipspa.report;

import java.util.Locale;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.segment.HipSide;

/** The HIMRISS slice table as CSV, one row a slice, anterior to posterior, percentages as numbers. */
public final class SliceTableCsv {
  static final String HEADER = "slice,instance_number,position_mm,"
      + "right_role,right_head_area_mm2,right_bme_pct,right_effusion_pct,right_slice_score,right_note,"
      + "left_role,left_head_area_mm2,left_bme_pct,left_effusion_pct,left_slice_score,left_note";

  private SliceTableCsv() {}

  public static String render(ScoreResult scores) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (HimrissRow row : scores.himrissRows()) {
      csv.append(row.slice().sliceIndex() + 1).append(',')
          .append(row.slice().instanceNumber()).append(',')
          .append(format(row.slice().positionMm(), 2));
      for (HipSide side : HipSide.values()) {
        SliceRole role = row.role(side);
        HipMeasurement m = row.slice().hip(side);
        csv.append(',').append(role == null ? "" : role.label())
            .append(',').append(format(m.headAreaMm2(), 1))
            .append(',').append(m.counts() ? format(100 * m.bmeProportion(), 2) : "")
            .append(',').append(m.counts() ? format(100 * m.effusionProportion(), 2) : "")
            .append(',').append(m.counts() ? format(m.sliceScore(), 4) : "")
            .append(',').append(m.notCountedReason());
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  static String format(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
  }
}
