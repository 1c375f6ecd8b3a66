package org.hipspa.weasis;

import bibliothek.gui.dock.common.CLocation;
import java.awt.BorderLayout;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.Messages;
import org.weasis.core.ui.docking.PluginTool;

/** The HipSpA side panel Weasis docks beside the viewer; its content is the plain-Swing {@link AnalysisPanel}. */
public final class HipspaTool extends PluginTool {

  static final int POSITION = 120;
  static final int WIDTH = 340;

  private final AnalysisPanel panel;

  HipspaTool(AnalysisPanel panel) {
    super(Messages.get("tool.name"), Type.TOOL, POSITION);
    this.panel = panel;
    setLayout(new BorderLayout());
    add(panel, BorderLayout.CENTER);
    setDockableWidth(WIDTH);
  }

  public AnalysisPanel panel() {
    return panel;
  }

  @Override
  protected void changeToolWindowAnchor(CLocation location) {
    // The panel's layout is the same wherever it is docked.
  }
}
