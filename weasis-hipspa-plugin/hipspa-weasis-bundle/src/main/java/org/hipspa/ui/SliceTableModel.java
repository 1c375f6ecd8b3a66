package org.hipspa.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.segment.HipSide;

/**
 * The HIMRISS slice table, one row a selected slice, anterior to posterior: its role, which slice it is (number in the
 * series and DICOM instance number) and its position in mm, then for the right and the left hip the femoral head's
 * area, BME and effusion as percentages of the head (intensity-weighted) and the slice score. A hip that does not use
 * the row shows dashes; a row that does not count for a hip says why in the last column.
 */
public final class SliceTableModel extends AbstractTableModel {

  /** Columns, in order. */
  public enum Column {
    ROLE("Role", "Where the slice stands in the HIMRISS selection (R/L when the hips differ)."),
    SLICE("Slice", "Slice number in the series, sorted along the slice normal, and its DICOM instance number."),
    POSITION("Pos. mm", "Position of the slice along the slice normal, in mm."),
    RIGHT_HEAD("R head mm²", "Right femoral head area on this slice, in mm²."),
    RIGHT_BME("R BME %", "Right hip: bone marrow edema as a percentage of the femoral head (intensity-weighted)."),
    RIGHT_EFFUSION("R eff. %", "Right hip: effusion/synovitis as a percentage of the femoral head (intensity-weighted)."),
    RIGHT_SCORE("R score", "Right hip: this slice's score (lesion proportion of the femoral head, 0 to 1)."),
    LEFT_HEAD("L head mm²", "Left femoral head area on this slice, in mm²."),
    LEFT_BME("L BME %", "Left hip: bone marrow edema as a percentage of the femoral head (intensity-weighted)."),
    LEFT_EFFUSION("L eff. %", "Left hip: effusion/synovitis as a percentage of the femoral head (intensity-weighted)."),
    LEFT_SCORE("L score", "Left hip: this slice's score (lesion proportion of the femoral head, 0 to 1)."),
    NOTE("Note", "Why a hip's value on this slice does not count, if it does not.");

    private final String title;
    private final String tip;

    Column(String title, String tip) {
      this.title = title;
      this.tip = tip;
    }

    public String title() {
      return title;
    }

    public String tip() {
      return tip;
    }
  }

  static final String DASH = "—";
  private static final Column[] COLUMNS = Column.values();

  private List<HimrissRow> rows = List.of();

  /** Shows these scores' HIMRISS rows (call on the Swing event thread). */
  public void show(ScoreResult scores) {
    rows = scores.himrissRows();
    fireTableDataChanged();
  }

  public void clear() {
    rows = List.of();
    fireTableDataChanged();
  }

  /** The series slice index of a table row, for the {@link SliceNavigator}. */
  public int sliceIndexOf(int row) {
    return rows.get(row).slice().sliceIndex();
  }

  public HimrissRow row(int row) {
    return rows.get(row);
  }

  @Override
  public int getRowCount() {
    return rows.size();
  }

  @Override
  public int getColumnCount() {
    return COLUMNS.length;
  }

  @Override
  public String getColumnName(int column) {
    return COLUMNS[column].title();
  }

  @Override
  public Class<?> getColumnClass(int column) {
    return String.class;
  }

  @Override
  public Object getValueAt(int rowIndex, int column) {
    HimrissRow row = rows.get(rowIndex);
    return switch (COLUMNS[column]) {
      case ROLE -> role(row);
      case SLICE -> (row.slice().sliceIndex() + 1) + " (inst. " + row.slice().instanceNumber() + ")";
      case POSITION -> number(row.slice().positionMm(), 1);
      case RIGHT_HEAD -> head(row, HipSide.RIGHT);
      case RIGHT_BME -> percent(row, HipSide.RIGHT, row.slice().right().bmeProportion());
      case RIGHT_EFFUSION -> percent(row, HipSide.RIGHT, row.slice().right().effusionProportion());
      case RIGHT_SCORE -> score(row, HipSide.RIGHT);
      case LEFT_HEAD -> head(row, HipSide.LEFT);
      case LEFT_BME -> percent(row, HipSide.LEFT, row.slice().left().bmeProportion());
      case LEFT_EFFUSION -> percent(row, HipSide.LEFT, row.slice().left().effusionProportion());
      case LEFT_SCORE -> score(row, HipSide.LEFT);
      case NOTE -> note(row);
    };
  }

  static String role(HimrissRow row) {
    SliceRole right = row.rightRole();
    SliceRole left = row.leftRole();
    if (right == left) {
      return right.label();
    }
    return "R " + label(right) + ", L " + label(left);
  }

  private static String label(SliceRole role) {
    return role == null ? DASH : role.label();
  }

  private static String head(HimrissRow row, HipSide side) {
    return row.role(side) == null ? DASH : number(row.slice().hip(side).headAreaMm2(), 0);
  }

  private static String percent(HimrissRow row, HipSide side, double proportion) {
    HipMeasurement m = row.slice().hip(side);
    return row.role(side) == null || !m.counts() ? DASH : number(100 * proportion, 1);
  }

  private static String score(HimrissRow row, HipSide side) {
    HipMeasurement m = row.slice().hip(side);
    if (row.role(side) == null) {
      return DASH;
    }
    return m.counts() ? number(m.sliceScore(), 3) : "not counted";
  }

  /** Why a hip that uses this row does not count on it, one clause per hip; empty when everything counts. */
  static String note(HimrissRow row) {
    List<String> reasons = new ArrayList<>(2);
    for (HipSide side : HipSide.values()) {
      HipMeasurement m = row.slice().hip(side);
      if (row.role(side) != null && !m.counts()) {
        reasons.add((side == HipSide.RIGHT ? "Right: " : "Left: ") + m.notCountedReason());
      }
    }
    return String.join("; ", reasons);
  }

  private static String number(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : DASH;
  }
}
