package org.hipspa.weasis;

import java.util.concurrent.CompletionStage;
import javax.swing.JButton;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.hipspa.weasis.engine.EngineFailure;
import org.hipspa.weasis.engine.EngineReady;
import org.hipspa.ui.Messages;
import org.weasis.core.ui.util.WtoolBar;

/**
 * The toolbar above the 2D DICOM viewer: analyse the selected series, show or hide the lesion layers.
 *
 * <p>Both stay off until there is something they can do: Analyse until the engine is ready and the analysis is wired
 * (next round), the layer toggle until an analysis has drawn layers.
 */
public final class HipspaToolbar extends WtoolBar {

  static final int POSITION = 150;

  private final JButton analyse = new JButton(Messages.get("toolbar.analyse"));
  private final JToggleButton layers = new JToggleButton(Messages.get("toolbar.layers"), true);

  HipspaToolbar(CompletionStage<EngineReady> engine) {
    super(Messages.get("toolbar.name"), POSITION);
    analyse.setName("hipspa.analyse");
    analyse.setEnabled(false);
    analyse.setToolTipText(Messages.get("panel.engine.starting"));
    layers.setName("hipspa.layers");
    layers.setEnabled(false);
    layers.setToolTipText(Messages.get("toolbar.layers.tip"));
    add(analyse);
    add(layers);
    engine.whenComplete(
        (ready, failure) ->
            SwingUtilities.invokeLater(
                () ->
                    analyse.setToolTipText(
                        failure == null
                            ? Messages.get("panel.analysis.unavailable")
                            : EngineFailure.sentence(failure))));
  }

  public JButton analyseButton() {
    return analyse;
  }

  public JToggleButton layersToggle() {
    return layers;
  }
}
