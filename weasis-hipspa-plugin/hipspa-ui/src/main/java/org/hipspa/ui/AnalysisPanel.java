package org.hipspa.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.Stage;

/**
 * The side panel's content, plain Swing for two hosts (Weasis and the standalone viewer): which model runs and its
 * limits, the engine's state, Analyse and Cancel with a progress bar and a status sentence, then the
 * {@link ResultsView}. The analysis runs on a background thread ({@link AnalysisController}); everything here runs on
 * the Swing event thread.
 */
public final class AnalysisPanel extends JPanel implements javax.swing.Scrollable {

  private static final Color LIMIT_COLOUR = new Color(0xB0, 0x30, 0x20);

  private enum Engine { NOT_NEEDED, STARTING, READY, FAILED }

  private final AnalysisHost host;
  private final Sentence modelLabel = new Sentence("");
  private final Sentence limitLabel = new Sentence("").coloured(LIMIT_COLOUR);
  private final Sentence engineLabel = new Sentence("");
  private final Sentence statusLabel = new Sentence("");
  private final JButton analyseButton = new JButton(Messages.get("panel.analyse"));
  private final JButton cancelButton = new JButton(Messages.get("panel.cancel"));
  private final JProgressBar progress = new JProgressBar(0, 100);
  private final ResultsArea results = new ResultsArea();
  private final ExecutorService saving =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "hipspa-save");
            thread.setDaemon(true);
            return thread;
          });
  private final ResultsView resultsView = new ResultsView(saving, this::say);

  private final java.util.List<Runnable> stateListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private Engine engine = Engine.NOT_NEEDED;
  private String unavailable = Messages.get("panel.analysis.unavailable");
  private AnalysisController controller;
  private AnalysisOutcome outcome;

  public AnalysisPanel(ModelSummary model, AnalysisHost host) {
    super(new BorderLayout());
    this.host = host;
    resultsView.export().addSavedResultsTo(host::studyImport);
    setName("hipspa.panel");
    modelLabel.say(Messages.get("panel.model", model.name()));
    limitLabel.say(Messages.get("panel.limit", model.limitation()));
    engineLabel.setVisible(false);
    analyseButton.setName("hipspa.panel.analyse");
    analyseButton.addActionListener(e -> analyse());
    cancelButton.setName("hipspa.panel.cancel");
    cancelButton.addActionListener(e -> cancel());
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
    header.add(Box.createVerticalStrut(2));
    header.add(statusLabel);

    add(header, BorderLayout.NORTH);
    results.setBorder(BorderFactory.createEmptyBorder(0, 6, 6, 6));
    add(results, BorderLayout.CENTER);
    updateButtons();
  }

  /** Shows "starting" now and the engine's outcome when it comes; Analyse waits for a ready engine. */
  public void followEngine(CompletionStage<String> readyDescription, Function<Throwable, String> failureSentence) {
    engine = Engine.STARTING;
    engineLabel.setVisible(true);
    engineLabel.say(Messages.get("panel.engine.starting"));
    updateButtons();
    readyDescription.whenComplete(
        (ready, failure) ->
            SwingUtilities.invokeLater(
                () -> {
                  if (failure == null) {
                    engine = Engine.READY;
                    engineLabel.say(Messages.get("panel.engine.ready", ready));
                  } else {
                    engine = Engine.FAILED;
                    engineLabel.say(Messages.get("panel.engine.failed", failureSentence.apply(failure)));
                  }
                  updateButtons();
                }));
  }

  /** The model in use, when it is known only after loading (its manifest). */
  public void showModel(ModelSummary model) {
    modelLabel.say(Messages.get("panel.model", model.name()));
    limitLabel.say(Messages.get("panel.limit", model.limitation()));
  }

  /** No pipeline can run (the model did not load): Analyse stays off and says why. */
  public void pipelineUnavailable(String sentence) {
    unavailable = sentence;
    say(sentence);
    updateButtons();
  }

  /** The pipeline Analyse runs; until it is set, Analyse stays off and says the analysis is not in this build. */
  public void usePipeline(HipAnalysis analysis, ThreadFactory threads) {
    if (controller != null) {
      controller.close();
    }
    controller = new AnalysisController(analysis, threads);
    updateButtons();
  }

  /**
   * Analyses the host's selected series in the background. Refused, with a sentence saying why, while an analysis
   * runs, before the engine is ready, or with no series open.
   */
  public boolean analyse() {
    if (controller != null && controller.isRunning()) {
      say(Messages.get("panel.analysis.running"));
      return false;
    }
    if (!canAnalyse()) {
      say(analyseButton.getToolTipText());
      return false;
    }
    Optional<SeriesSource> source = host.selectedSeries();
    if (source.isEmpty()) {
      say(Messages.get("panel.series.none"));
      return false;
    }
    clearResult();
    progress.setValue(0);
    progress.setString("");
    say(Messages.get("panel.analysis.started"));
    controller.start(source.get(), new Listener());
    updateButtons();
    return true;
  }

  /**
   * Shows a result that was not computed here (a stored SEG read back, scored from its masks) exactly as a finished
   * analysis is shown, with a sentence saying where it came from. A running analysis is cancelled first.
   */
  public void showStored(AnalysisOutcome stored, String sentence) {
    cancel();
    clearResult();
    progress.setValue(0);
    progress.setString("");
    show(stored);
    say(sentence);
    updateButtons();
  }

  private void show(AnalysisOutcome shown) {
    outcome = shown;
    resultsView.show(shown, host.navigator(), host.layers());
    host.layers().show(shown.result(), shown.shapes());
    results.show(resultsView);
  }

  /** Stops a running analysis (it ends within a second); nothing is shown from it. */
  public void cancel() {
    if (controller != null && controller.isRunning()) {
      controller.cancel();
      cancelButton.setEnabled(false);
      say(Messages.get("panel.analysis.cancelling"));
    }
  }

  /** The viewer now shows another series: a running analysis stops and the old result leaves the screen. */
  public void seriesChanged() {
    cancel();
    clearResult();
  }

  /** The viewer closes: stop everything this panel started. */
  public void dispose() {
    if (controller != null) {
      controller.close();
    }
    saving.shutdownNow();
    clearResult();
  }

  public boolean isAnalysing() {
    return controller != null && controller.isRunning();
  }

  public Optional<AnalysisOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  private void clearResult() {
    if (outcome != null) {
      host.layers().clear();
    }
    outcome = null;
    resultsView.clear();
    results.showPlaceholder();
    stateListeners.forEach(Runnable::run);
  }

  private boolean canAnalyse() {
    return controller != null && (engine == Engine.NOT_NEEDED || engine == Engine.READY);
  }

  /** Told on the event thread whenever Analyse becomes possible or not, or a result appears or leaves. */
  public void addStateListener(Runnable listener) {
    stateListeners.add(listener);
  }

  public void removeStateListener(Runnable listener) {
    stateListeners.remove(listener);
  }

  private void updateButtons() {
    updateButtonStates();
    stateListeners.forEach(Runnable::run);
  }

  private void updateButtonStates() {
    boolean running = isAnalysing();
    analyseButton.setEnabled(canAnalyse() && !running);
    cancelButton.setEnabled(running);
    if (running) {
      analyseButton.setToolTipText(Messages.get("panel.analysis.running"));
    } else if (engine == Engine.STARTING || engine == Engine.FAILED) {
      analyseButton.setToolTipText(engineLabel.sentence());
    } else if (controller == null) {
      analyseButton.setToolTipText(unavailable);
    } else {
      analyseButton.setToolTipText(Messages.get("toolbar.analyse.tip"));
    }
  }

  private void say(String sentence) {
    statusLabel.say(sentence);
  }

  private final class Listener implements AnalysisController.Listener {
    @Override
    public void progress(Stage stage, double fraction) {
      progress.setValue((int) Math.round(100 * Math.max(0, Math.min(1, fraction))));
      progress.setString(stage.description() + "…");
    }

    @Override
    public void finished(AnalysisOutcome finished) {
      progress.setValue(100);
      progress.setString(Messages.get("panel.analysis.done"));
      say(Messages.get("panel.analysis.summary", finished.result().series().summary()));
      show(finished);
      updateButtons();
    }

    @Override
    public void failed(String sentence) {
      progress.setValue(0);
      progress.setString("");
      say(sentence);
      updateButtons();
    }

    @Override
    public void cancelled() {
      progress.setValue(0);
      progress.setString("");
      say(Messages.get("panel.analysis.cancelled"));
      updateButtons();
    }
  }

  /** In a scroll pane (a short docked panel), the panel takes the pane's width and scrolls only vertically. */
  public javax.swing.JScrollPane inScrollPane() {
    javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(this,
        javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
        javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    return scroll;
  }

  @Override
  public java.awt.Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
    return 16;
  }

  @Override
  public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
    return Math.max(16, visible.height - 32);
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    // Fill a tall dock (the table grows); scroll in a short one.
    return getParent() instanceof javax.swing.JViewport viewport && viewport.getHeight() > getPreferredSize().height;
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

  public String statusText() {
    return statusLabel.sentence();
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

  public ResultsView resultsView() {
    return resultsView;
  }
}
