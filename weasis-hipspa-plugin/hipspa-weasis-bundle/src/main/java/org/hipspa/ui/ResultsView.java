package org.hipspa.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableColumn;

/**
 * An analysis's result in the side panel: the UNet-score summary, the HIMRISS slice table (a click on a row shows that
 * slice through the {@link SliceNavigator}), the layer switches with their legend, and the save buttons.
 */
public final class ResultsView extends JPanel {

  private static final int[] WIDTHS = {92, 84, 58, 74, 56, 56, 56, 74, 56, 56, 56, 260};

  private final ScoreSummary summary = new ScoreSummary();
  private final SliceTableModel tableModel = new SliceTableModel();
  private final JTable table = new JTable(tableModel);
  private final LayerControls layerControls = new LayerControls();
  private final ExportActions export;
  private SliceNavigator navigator = SliceNavigator.NONE;

  public ResultsView(Executor writer, Consumer<String> tell) {
    super(new BorderLayout(0, 6));
    setName("hipspa.resultsView");
    export = new ExportActions(writer, tell);

    table.setName("hipspa.table");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    table.setFillsViewportHeight(true);
    DefaultTableCellRenderer right = new DefaultTableCellRenderer();
    right.setHorizontalAlignment(DefaultTableCellRenderer.RIGHT);
    SliceTableModel.Column[] columns = SliceTableModel.Column.values();
    for (int i = 0; i < columns.length; i++) {
      TableColumn column = table.getColumnModel().getColumn(i);
      column.setPreferredWidth(WIDTHS[i]);
      if (i >= SliceTableModel.Column.POSITION.ordinal() && i <= SliceTableModel.Column.LEFT_SCORE.ordinal()) {
        column.setCellRenderer(right);
      }
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
        navigator.showSlice(tableModel.sliceIndexOf(table.convertRowIndexToModel(row)));
      }
    });
    JScrollPane scroll = new JScrollPane(table);
    scroll.setBorder(BorderFactory.createTitledBorder("HIMRISS slices, anterior to posterior"));
    scroll.setPreferredSize(new Dimension(320, 200));

    JPanel lower = new JPanel();
    lower.setLayout(new BoxLayout(lower, BoxLayout.Y_AXIS));
    lower.add(layerControls);
    lower.add(Box.createVerticalStrut(4));
    lower.add(export);

    add(summary, BorderLayout.NORTH);
    add(scroll, BorderLayout.CENTER);
    add(lower, BorderLayout.SOUTH);
  }

  /** Shows a finished analysis and sends row clicks and layer switches to the host (on the event thread). */
  public void show(AnalysisOutcome outcome, SliceNavigator slices, LesionLayers layers) {
    navigator = slices;
    summary.show(outcome.result().scores());
    tableModel.show(outcome.result().scores());
    layerControls.reset();
    layerControls.control(layers);
    export.show(outcome);
  }

  public void clear() {
    navigator = SliceNavigator.NONE;
    summary.clear();
    tableModel.clear();
    layerControls.control(LesionLayers.NONE);
    export.show(null);
  }

  public ScoreSummary summary() {
    return summary;
  }

  public JTable table() {
    return table;
  }

  public SliceTableModel tableModel() {
    return tableModel;
  }

  public LayerControls layerControls() {
    return layerControls;
  }

  public ExportActions export() {
    return export;
  }
}
