package org.hipspa.weasis;

import bibliothek.gui.dock.common.CLocation;
import java.awt.BorderLayout;
import javax.swing.Timer;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.Messages;
import org.weasis.core.ui.docking.PluginTool;

/**
 * The HipSpA side panel Weasis docks beside the viewer; its content is the plain-Swing {@link AnalysisPanel}. It
 * watches which series the selected view shows: when the reader switches series, a running analysis is cancelled and
 * the old result and its layers leave the screen.
 */
public final class HipspaTool extends PluginTool {

  static final int POSITION = 120;
  static final int WIDTH = 500;
  private static final int SERIES_CHECK_MS = 400;

  private final AnalysisPanel panel;
  private final Timer seriesWatch;
  private Object shownSeries;

  HipspaTool(AnalysisPanel panel) {
    super(Messages.get("tool.name"), Type.TOOL, POSITION);
    this.panel = panel;
    setLayout(new BorderLayout());
    add(panel.inScrollPane(), BorderLayout.CENTER);
    setDockableWidth(WIDTH);
    shownSeries = WeasisAnalysisHost.selectedViewSeries();
    seriesWatch = new Timer(SERIES_CHECK_MS, e -> checkSeries());
    seriesWatch.start();
  }

  public AnalysisPanel panel() {
    return panel;
  }

  /** On the event thread: the selected view's series now, compared with the one seen last time. */
  void checkSeries() {
    Object now = WeasisAnalysisHost.selectedViewSeries();
    if (now != shownSeries && (panel.isAnalysing() || panel.outcome().isPresent())) {
      panel.seriesChanged();
    }
    shownSeries = now;
  }

  void dispose() {
    seriesWatch.stop();
    panel.dispose();
  }

  @Override
  protected void changeToolWindowAnchor(CLocation location) {
    // The panel's layout is the same wherever it is docked.
  }
}
