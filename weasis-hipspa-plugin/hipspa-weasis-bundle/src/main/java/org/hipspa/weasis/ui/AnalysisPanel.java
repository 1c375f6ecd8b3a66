package org.hipspa.weasis.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.concurrent.CompletionStage;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import org.hipspa.weasis.engine.EngineFailure;
import org.hipspa.weasis.engine.EngineReady;

/**
 * The side panel's content, plain Swing: which model runs and its limits, the engine's state, Analyse and Cancel with a
 * progress bar, and the {@link ResultsArea}. Knows nothing of Weasis, so it is tested and rendered without it.
 */
public final class AnalysisPanel extends JPanel {

  private static final Color LIMIT_COLOUR = new Color(0xB0, 0x30, 0x20);

  private final Sentence modelLabel = new Sentence("");
  private final Sentence limitLabel = new Sentence("").coloured(LIMIT_COLOUR);
  private final Sentence engineLabel = new Sentence(Messages.get("panel.engine.starting"));
  private final JButton analyseButton = new JButton(Messages.get("panel.analyse"));
  private final JButton cancelButton = new JButton(Messages.get("panel.cancel"));
  private final JProgressBar progress = new JProgressBar(0, 100);
  private final ResultsArea results = new ResultsArea();

  private volatile boolean engineReady;
  private volatile Runnable analyse;

  public AnalysisPanel(ModelSummary model) {
    super(new BorderLayout());
    setName("hipspa.panel");
    modelLabel.say(Messages.get("panel.model", model.name()));
    limitLabel.say(Messages.get("panel.limit", model.limitation()));
    analyseButton.setEnabled(false);
    analyseButton.addActionListener(e -> analyse.run());
    analyseButton.setToolTipText(Messages.get("panel.analysis.unavailable"));
    cancelButton.setEnabled(false);
    progress.setStringPainted(true);
    progress.setString("");
    progress.setAlignmentX(LEFT_ALIGNMENT);

    JPanel header = new JPanel();
    header.setLayout(new BoxLayout(header, BoxLayout.Y_AXIS));
    header.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    header.add(modelLabel);
    header.add(limitLabel);
    header.add(Box.createVerticalStrut(4));
    header.add(engineLabel);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 4));
    buttons.setAlignmentX(LEFT_ALIGNMENT);
    buttons.add(analyseButton);
    buttons.add(Box.createHorizontalStrut(6));
    buttons.add(cancelButton);
    header.add(buttons);
    header.add(progress);

    add(header, BorderLayout.NORTH);
    results.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
    add(results, BorderLayout.CENTER);
  }

  /** Shows "starting" now and the engine's outcome when it comes, on the Swing event thread. */
  public void followEngine(CompletionStage<EngineReady> engine) {
    engine.whenComplete(
        (ready, failure) ->
            SwingUtilities.invokeLater(
                () -> {
                  if (failure == null) {
                    engineReady = true;
                    engineLabel.say(Messages.get("panel.engine.ready", ready.describe()));
                  } else {
                    engineReady = false;
                    engineLabel.say(Messages.get("panel.engine.failed", EngineFailure.sentence(failure)));
                  }
                  updateAnalyseButton();
                }));
  }

  /**
   * Seam for the next round: what Analyse does (start the analysis of the selected series in the background). Until
   * it is set, Analyse stays off and says the analysis is not in this build.
   */
  public void onAnalyse(Runnable action) {
    analyse = action;
    analyseButton.setToolTipText(null);
    updateAnalyseButton();
  }

  private void updateAnalyseButton() {
    analyseButton.setEnabled(engineReady && analyse != null);
  }

  public String engineText() {
    return engineLabel.sentence();
  }

  public String limitText() {
    return limitLabel.sentence();
  }

  public String modelText() {
    return modelLabel.sentence();
  }

  public JButton analyseButton() {
    return analyseButton;
  }

  public JButton cancelButton() {
    return cancelButton;
  }

  public JProgressBar progressBar() {
    return progress;
  }

  public ResultsArea resultsArea() {
    return results;
  }
}
