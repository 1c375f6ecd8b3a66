package org.hipspa.ui;

import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.ScoreResult;
import org.hipspa.segment.HipSide;

/**
 * One hip's HIMRISS slice table, one row a slice the hip's selection uses, anterior to posterior: its role, which
 * slice it is (number in the series and DICOM instance number), its position in mm, the femoral head's area, BME and
 * effusion as percentages of the head (intensity-weighted, as the paper defines them) and the slice score. A row that
 * does not count says why. The side panel shows one table per hip, side by side in tabs, so each fits its width.
 */
public final class SliceTableModel extends AbstractTableModel {

  /** Columns, in order. */
  public enum Column {
    ROLE,
    SLICE,
    POSITION,
    HEAD,
    BME,
    EFFUSION,
    SCORE,
    NOTE;

    private String key() {
      return "table." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String title() {
      return Messages.get(key());
    }

    public String tip() {
      return Messages.get(key() + ".tip");
    }
  }

  static final String DASH = "—";
  private static final Column[] COLUMNS = Column.values();

  private final HipSide side;
  private List<HimrissRow> rows = List.of();

  public SliceTableModel(HipSide side) {
    this.side = side;
  }

  public HipSide side() {
    return side;
  }

  /** Shows this hip's HIMRISS rows of these scores (call on the Swing event thread). */
  public void show(ScoreResult scores) {
    rows = scores.himrissRows().stream().filter(r -> r.role(side) != null).toList();
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
    HipMeasurement m = row.slice().hip(side);
    return switch (COLUMNS[column]) {
      case ROLE -> row.role(side).label();
      case SLICE -> (row.slice().sliceIndex() + 1) + " (" + row.slice().instanceNumber() + ")";
      case POSITION -> number(row.slice().positionMm(), 1);
      case HEAD -> number(m.headAreaMm2(), 0);
      case BME -> m.counts() ? number(100 * m.bmeProportion(), 1) : DASH;
      case EFFUSION -> m.counts() ? number(100 * m.effusionProportion(), 1) : DASH;
      case SCORE -> m.counts() ? number(m.sliceScore(), 3) : Messages.get("table.notCounted");
      case NOTE -> m.notCountedReason();
    };
  }

  /** Whether a row adds to the hip's UNet-score, for the renderer to grey the others. */
  public boolean counts(int row) {
    return rows.get(row).slice().hip(side).counts();
  }

  private static String number(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : DASH;
  }
}
