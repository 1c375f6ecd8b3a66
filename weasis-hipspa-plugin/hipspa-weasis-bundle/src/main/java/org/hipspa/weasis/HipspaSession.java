package org.hipspa.weasis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.SwingUtilities;
import org.hipspa.ui.AnalysisPanel;
import org.osgi.service.component.annotations.Component;

/**
 * Links the toolbar to the side panel (Weasis creates them through separate factories): the toolbar's Analyse and
 * layer switch act on the panel, and follow its state. One panel at a time, the last one Weasis opened.
 */
@Component(service = HipspaSession.class)
public final class HipspaSession {

  private final List<HipspaToolbar> toolbars = new CopyOnWriteArrayList<>();
  private final Runnable refresh = this::refresh;
  private volatile AnalysisPanel panel;

  void attach(AnalysisPanel opened) {
    AnalysisPanel previous = panel;
    if (previous != null) {
      previous.removeStateListener(refresh);
    }
    panel = opened;
    opened.addStateListener(refresh);
    refresh();
  }

  void detach(AnalysisPanel closed) {
    closed.removeStateListener(refresh);
    if (panel == closed) {
      panel = null;
    }
    refresh();
  }

  void attach(HipspaToolbar toolbar) {
    toolbars.add(toolbar);
    refresh();
  }

  void detach(HipspaToolbar toolbar) {
    toolbars.remove(toolbar);
  }

  /** The toolbar's Analyse: the panel analyses the selected series (it refuses politely if it cannot). */
  void analyse() {
    AnalysisPanel current = panel;
    if (current != null) {
      current.analyse();
    }
  }

  /** The toolbar's layer switch: every structure's layer on or off. */
  void showLayers(boolean shown) {
    AnalysisPanel current = panel;
    if (current != null) {
      current.resultsView().layerControls().showAll(shown);
    }
  }

  private void refresh() {
    Runnable update = () -> toolbars.forEach(t -> t.follow(panel));
    if (SwingUtilities.isEventDispatchThread()) {
      update.run();
    } else {
      SwingUtilities.invokeLater(update);
    }
  }
}
