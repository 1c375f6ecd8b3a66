package org.hipspa.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import org.hipspa.score.ScoreResult;
import org.hipspa.segment.HipSide;

/**
 * An analysis's result in the side panel: the UNet-score summary, the HIMRISS slice table of each hip in a tab (a
 * click on a row shows that slice through the {@link SliceNavigator}), the layer switches with their legend, and the
 * save buttons.
 */
public final class ResultsView extends JPanel {

  private static final int[] WIDTHS = {68, 54, 44, 70, 54, 54, 76, 280};

  private final ScoreSummary summary = new ScoreSummary();
  private final Map<HipSide, SliceTableModel> models = new EnumMap<>(HipSide.class);
  private final Map<HipSide, JTable> tables = new EnumMap<>(HipSide.class);
  private final JTabbedPane hips = new JTabbedPane();
  private final Sentence notCounted = new Sentence("");
  private final LayerControls layerControls = new LayerControls();
  private final ExportActions export;
  private SliceNavigator navigator = SliceNavigator.NONE;

  public ResultsView(Executor writer, Consumer<String> tell) {
    super(new BorderLayout(0, 6));
    setName("hipspa.resultsView");
    export = new ExportActions(writer, tell);
    hips.setName("hipspa.hips");
    for (HipSide side : HipSide.values()) {
      SliceTableModel model = new SliceTableModel(side);
      JTable table = table(model);
      models.put(side, model);
      tables.put(side, table);
      JScrollPane scroll = new JScrollPane(table);
      scroll.setPreferredSize(new Dimension(400, 352));
      hips.addTab(tabTitle(side, null), scroll);
    }
    JPanel tablesBox = new JPanel(new BorderLayout());
    tablesBox.setBorder(BorderFactory.createTitledBorder(Messages.get("table.title")));
    tablesBox.add(hips, BorderLayout.CENTER);
    notCounted.setName("hipspa.notCounted");
    tablesBox.add(notCounted, BorderLayout.SOUTH);
    hips.addChangeListener(e -> explainNotCounted());

    JPanel lower = new JPanel();
    lower.setLayout(new BoxLayout(lower, BoxLayout.Y_AXIS));
    lower.add(layerControls);
    lower.add(Box.createVerticalStrut(4));
    lower.add(export);

    add(summary, BorderLayout.NORTH);
    add(tablesBox, BorderLayout.CENTER);
    add(lower, BorderLayout.SOUTH);
  }

  private JTable table(SliceTableModel model) {
    JTable table = new JTable(model) {
      @Override
      public String getToolTipText(java.awt.event.MouseEvent e) {
        int row = rowAtPoint(e.getPoint());
        if (row < 0) {
          return null;
        }
        String note = model.row(convertRowIndexToModel(row)).slice().hip(model.side()).notCountedReason();
        return note.isEmpty() ? Messages.get("table.row.tip") : Messages.get("table.row.notCounted", note);
      }
    };
    table.setName("hipspa.table." + model.side().name());
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    table.setFillsViewportHeight(true);
    table.getTableHeader().setReorderingAllowed(false);
    SliceTableModel.Column[] columns = SliceTableModel.Column.values();
    DefaultTableCellRenderer text = new Cells(model, SwingConstants.LEFT);
    DefaultTableCellRenderer numbers = new Cells(model, SwingConstants.RIGHT);
    for (int i = 0; i < columns.length; i++) {
      table.getColumnModel().getColumn(i).setPreferredWidth(WIDTHS[i]);
      boolean numeric = i >= SliceTableModel.Column.POSITION.ordinal() && i <= SliceTableModel.Column.SCORE.ordinal();
      table.getColumnModel().getColumn(i).setCellRenderer(numeric ? numbers : text);
    }
    table.setTableHeader(new JTableHeader(table.getColumnModel()) {
      @Override
      public String getToolTipText(java.awt.event.MouseEvent e) {
        int column = columnAtPoint(e.getPoint());
        return column < 0 ? null : columns[table.convertColumnIndexToModel(column)].tip();
      }
    });
    table.getSelectionModel().addListSelectionListener(e -> {
      int row = table.getSelectedRow();
      if (!e.getValueIsAdjusting() && row >= 0) {
        navigator.showSlice(model.sliceIndexOf(table.convertRowIndexToModel(row)));
      }
    });
    return table;
  }

  /** Rows that do not count are drawn dimmed, so the eye goes to the slices that make the score. */
  private static final class Cells extends DefaultTableCellRenderer {
    private final SliceTableModel model;

    Cells(SliceTableModel model, int alignment) {
      this.model = model;
      setHorizontalAlignment(alignment);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
        int row, int column) {
      Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
      if (!selected && !model.counts(table.convertRowIndexToModel(row))) {
        Color fg = table.getForeground();
        c.setForeground(new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), 130));
      } else if (!selected) {
        c.setForeground(table.getForeground());
      }
      return c;
    }
  }

  /** Each column as wide as its widest cell or header in the current font, so nothing is cut off. */
  static void fitColumns(JTable table) {
    for (int c = 0; c < table.getColumnCount(); c++) {
      var column = table.getColumnModel().getColumn(c);
      var header = table.getTableHeader();
      int width = header.getFontMetrics(header.getFont()).stringWidth(String.valueOf(column.getHeaderValue())) + 10;
      for (int r = 0; r < table.getRowCount(); r++) {
        Component cell = table.prepareRenderer(table.getCellRenderer(r, c), r, c);
        width = Math.max(width, cell.getPreferredSize().width + 2);
      }
      column.setPreferredWidth(width);
    }
  }

  private static String tabTitle(HipSide side, ScoreResult scores) {
    String hip = Messages.get(side == HipSide.RIGHT ? "summary.right" : "summary.left");
    return scores == null ? hip : Messages.get("table.tab", hip, scores.hip(side).slicesUsed());
  }

  /** Shows a finished analysis and sends row clicks and layer switches to the host (on the event thread). */
  public void show(AnalysisOutcome outcome, SliceNavigator slices, LesionLayers layers) {
    navigator = slices;
    ScoreResult scores = outcome.result().scores();
    summary.show(scores);
    for (HipSide side : HipSide.values()) {
      models.get(side).show(scores);
      fitColumns(tables.get(side));
      hips.setTitleAt(side.ordinal(), tabTitle(side, scores));
    }
    explainNotCounted();
    layerControls.reset();
    layerControls.control(layers);
    export.show(outcome);
  }

  /** Under the table: which of the shown hip's slices do not count, and why (the dimmed rows). */
  private void explainNotCounted() {
    SliceTableModel model = models.get(HipSide.values()[Math.max(0, hips.getSelectedIndex())]);
    java.util.Map<String, java.util.List<String>> slicesByReason = new java.util.LinkedHashMap<>();
    for (int r = 0; r < model.getRowCount(); r++) {
      if (!model.counts(r)) {
        String reason = model.row(r).slice().hip(model.side()).notCountedReason();
        slicesByReason.computeIfAbsent(reason, k -> new java.util.ArrayList<>())
            .add(String.valueOf(model.sliceIndexOf(r) + 1));
      }
    }
    StringBuilder text = new StringBuilder();
    slicesByReason.forEach((reason, slices) -> text.append(text.length() == 0 ? "" : " ")
        .append(Messages.get("table.notCounted.caption", slices.size(), String.join(", ", slices), reason)));
    notCounted.say(text.toString());
    notCounted.setVisible(text.length() > 0);
  }

  public String notCountedText() {
    return notCounted.sentence();
  }

  public void clear() {
    navigator = SliceNavigator.NONE;
    summary.clear();
    models.values().forEach(SliceTableModel::clear);
    for (HipSide side : HipSide.values()) {
      hips.setTitleAt(side.ordinal(), tabTitle(side, null));
    }
    notCounted.say("");
    notCounted.setVisible(false);
    layerControls.control(LesionLayers.NONE);
    export.show(null);
  }

  /** Brings a hip's table to the front. */
  public void showHip(HipSide side) {
    hips.setSelectedIndex(side.ordinal());
  }

  public ScoreSummary summary() {
    return summary;
  }

  public JTable table(HipSide side) {
    return tables.get(side);
  }

  public SliceTableModel tableModel(HipSide side) {
    return models.get(side);
  }

  public LayerControls layerControls() {
    return layerControls;
  }

  public ExportActions export() {
    return export;
  }

  JComponent hipTabs() {
    return hips;
  }
}
