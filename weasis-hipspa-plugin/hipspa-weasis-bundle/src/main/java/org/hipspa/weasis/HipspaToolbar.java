package org.hipspa.weasis;

import javax.swing.JButton;
import javax.swing.JToggleButton;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.Messages;
import org.weasis.core.ui.util.WtoolBar;

/**
 * The toolbar above the 2D DICOM viewer: analyse the selected series, show or hide the lesion layers. Both act on the
 * side panel through the {@link HipspaSession} and follow it: Analyse is on when the panel's is, the layer switch when
 * the panel shows a result.
 */
public final class HipspaToolbar extends WtoolBar {

  static final int POSITION = 150;

  private final JButton analyse = new JButton(Messages.get("toolbar.analyse"));
  private final JToggleButton layers = new JToggleButton(Messages.get("toolbar.layers"), true);

  HipspaToolbar(HipspaSession session) {
    super(Messages.get("toolbar.name"), POSITION);
    analyse.setName("hipspa.analyse");
    layers.setName("hipspa.layers");
    layers.setToolTipText(Messages.get("toolbar.layers.tip"));
    analyse.addActionListener(e -> session.analyse());
    layers.addActionListener(e -> session.showLayers(layers.isSelected()));
    add(analyse);
    add(layers);
    follow(null);
  }

  /** Takes the panel's state (on the event thread); null when no HipSpA panel is open. */
  void follow(AnalysisPanel panel) {
    if (panel == null) {
      analyse.setEnabled(false);
      analyse.setToolTipText(Messages.get("toolbar.panel.closed"));
      layers.setEnabled(false);
      return;
    }
    analyse.setEnabled(panel.analyseButton().isEnabled());
    analyse.setToolTipText(panel.analyseButton().getToolTipText());
    boolean result = panel.outcome().isPresent();
    layers.setEnabled(result);
    if (result && !layers.isSelected()) {
      layers.setSelected(true); // a new result is drawn with every layer shown
    }
  }

  public JButton analyseButton() {
    return analyse;
  }

  public JToggleButton layersToggle() {
    return layers;
  }
}
