package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.report.AnalysisResult;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.RecordingHost;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisPanelTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private static MrSeries series;
  private static SeriesSegmentation truth;

  private final RecordingHost host = new RecordingHost(series);
  private final AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), host);

  @BeforeAll
  static void pelvis() throws Exception {
    series = TestPelvis.coronal(11);
    truth = TestPelvis.truth(series);
  }

  @AfterEach
  void closePanel() throws Exception {
    Edt.run(panel::dispose);
  }

  private void use(KnownMasksSegmenter segmenter) throws Exception {
    Edt.run(() -> panel.usePipeline(segmenter.pipeline(CLOCK),
        AnalysisController.daemonThreads()));
  }

  private void analyseToTheEnd() throws Exception {
    use(KnownMasksSegmenter.returning(truth));
    assertThat(Edt.call(panel::analyse)).isTrue();
    Edt.await(() -> panel.outcome().isPresent(), HANG_GUARD);
  }

  @Test
  void beforeAModelIsLoadedThePanelSaysNoneIsInstalledAndThatModelsAreNotForDiagnosis() {
    assertThat(panel.modelText()).isEqualTo("Model: none installed yet");
    assertThat(panel.limitText()).isEqualTo("Limits: HipSpA models are trained on synthetic data: not for diagnosis.");
  }

  @Test
  void aLoadedModelShowsItsNameAndLimitsAndAFailedOneSaysWhyAnalyseIsOff() throws Exception {
    Edt.run(() -> panel.showModel(new ModelSummary("HipSpA U-Net 1.0.0",
        "Trained on synthetic phantoms: a research tool, not for diagnosis.")));
    assertThat(panel.modelText()).isEqualTo("Model: HipSpA U-Net 1.0.0");
    assertThat(panel.limitText()).isEqualTo("Limits: Trained on synthetic phantoms: a research tool, not for diagnosis.");

    Edt.run(() -> panel.pipelineUnavailable("The model could not be loaded: its weights file is missing."));

    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();
    assertThat(panel.analyseButton().getToolTipText()).isEqualTo("The model could not be loaded: its weights file is missing.");
  }

  @Test
  void analyseStaysOffWhileTheEngineStartsAndComesOnWhenItIsReadyAndAPipelineIsWired() throws Exception {
    CompletableFuture<String> engine = new CompletableFuture<>();
    Edt.run(() -> panel.followEngine(engine, Throwable::getMessage));
    use(KnownMasksSegmenter.returning(truth));
    assertThat(panel.engineText()).isEqualTo("Engine starting…");
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();

    engine.complete("PyTorch 2.7.1");
    Edt.run(() -> {});

    assertThat(panel.engineText()).isEqualTo("Engine ready: PyTorch 2.7.1.");
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isTrue();
  }

  @Test
  void withoutAModelAnalyseStaysOffAndSaysWhatTheAdministratorMustDo() throws Exception {
    String sentence = "No segmentation model is installed: ask your administrator to set hipspa.model to a HipSpA"
        + " model folder (see the deployment guide).";
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();
    assertThat(panel.analyseButton().getToolTipText()).isEqualTo(sentence);
    assertThat(Edt.call(panel::analyse)).isFalse();
    assertThat(panel.statusText()).isEqualTo(sentence);
  }

  @Test
  void aFailedEngineShowsOneSentenceForTheUser() throws Exception {
    Edt.run(() -> panel.followEngine(CompletableFuture.failedFuture(new IllegalStateException("x")),
        failure -> "The analysis engine could not start on this workstation."));
    Edt.run(() -> {});

    assertThat(panel.engineText()).isEqualTo("Engine failed: The analysis engine could not start on this workstation.");
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();
  }

  @Test
  void beforeAnyAnalysisTheResultsAreaSaysSoAndShowsNoNumbers() {
    assertThat(panel.resultsArea().showsPlaceholder()).isTrue();
    assertThat(panel.resultsArea().placeholderText())
        .isEqualTo("No analysis yet: open a coronal STIR series of the hips and press Analyse.");
    assertThat(panel.resultsView().tableModel(HipSide.RIGHT).getRowCount()).isZero();
    assertThat(panel.cancelButton().isEnabled()).isFalse();
  }

  @Test
  void withNoSeriesOpenAnalyseSaysWhatToDo() throws Exception {
    AnalysisPanel empty = new AnalysisPanel(ModelSummary.defaultModel(), new RecordingHost(null));
    Edt.run(() -> empty.usePipeline(KnownMasksSegmenter.returning(truth).pipeline(CLOCK),
        AnalysisController.daemonThreads()));

    assertThat(Edt.call(empty::analyse)).isFalse();
    assertThat(empty.statusText()).startsWith("No series is open: open a coronal STIR series");
    Edt.run(empty::dispose);
  }

  @Test
  void aFinishedAnalysisFillsTheSliceTableTheSummaryTheLayersAndTheSaveButtons() throws Exception {
    analyseToTheEnd();

    AnalysisOutcome outcome = panel.outcome().orElseThrow();
    int rows = outcome.result().scores().himrissRows().size();
    assertThat(rows).isPositive();
    assertThat(Edt.call(() -> panel.resultsView().table(HipSide.RIGHT).getRowCount()))
        .isEqualTo(outcome.result().scores().himrissRows().stream().filter(r -> r.rightRole() != null).count());
    assertThat(Edt.call(() -> panel.resultsView().summary().totalText())).isNotBlank().doesNotContain("incomplete");
    assertThat(Edt.call(panel.resultsArea()::showsPlaceholder)).isFalse();
    assertThat(Edt.call(() -> host.layerCalls)).contains("show");
    assertThat(host.shapes.size()).isEqualTo(series.size());
    assertThat(Edt.call(() -> panel.resultsView().export().reportButton().isEnabled())).isTrue();
    assertThat(Edt.call(() -> panel.resultsView().export().segSrButton().isEnabled())).isTrue();
    assertThat(Edt.call(() -> panel.progressBar().getValue())).isEqualTo(100);
    assertThat(panel.statusText()).startsWith("Analysed: coronal, 11 slices of 512x320");
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isTrue();
  }

  @Test
  void aClickOnATableRowAsksTheHostToShowThatRowsSlice() throws Exception {
    analyseToTheEnd();
    int expected = Edt.call(() -> panel.resultsView().tableModel(HipSide.LEFT).sliceIndexOf(2));

    Edt.run(() -> panel.resultsView().table(HipSide.LEFT).setRowSelectionInterval(2, 2));

    assertThat(Edt.call(() -> host.slicesShown)).containsExactly(expected);
  }

  @Test
  void aSecondAnalyseWhileOneRunsIsRefusedPolitelyAndAnalyseIsOff() throws Exception {
    use(KnownMasksSegmenter.untilCancelled(truth));
    assertThat(Edt.call(panel::analyse)).isTrue();

    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();
    assertThat(Edt.call(panel.cancelButton()::isEnabled)).isTrue();
    assertThat(Edt.call(panel::analyse)).isFalse();
    assertThat(panel.statusText()).isEqualTo("An analysis is already running: wait for it to finish or press Cancel.");

    Edt.run(panel::cancel);
    Edt.await(() -> !panel.isAnalysing(), HANG_GUARD);
  }

  @Test
  void cancelStopsTheRunningAnalysisAndNothingIsShown() throws Exception {
    use(KnownMasksSegmenter.untilCancelled(truth));
    Edt.call(panel::analyse);
    Edt.await(() -> panel.progressBar().getString().startsWith("Segmenting"), HANG_GUARD);

    long start = System.nanoTime();
    String saidAtOnce = Edt.call(() -> {
      panel.cancel();
      return panel.statusText();
    });
    assertThat(saidAtOnce).isEqualTo("Cancelling…");
    Edt.await(() -> !panel.isAnalysing(), HANG_GUARD);
    System.out.printf("Cancel took effect after %d ms%n", (System.nanoTime() - start) / 1_000_000);

    assertThat(panel.statusText()).isEqualTo("The analysis was cancelled; nothing was kept.");
    assertThat(panel.outcome()).isEmpty();
    assertThat(Edt.call(panel.resultsArea()::showsPlaceholder)).isTrue();
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isTrue();
  }

  @Test
  void changingSeriesCancelsTheRunningAnalysisAndRemovesTheOldResultAndItsLayers() throws Exception {
    analyseToTheEnd();
    use(KnownMasksSegmenter.untilCancelled(truth));
    Edt.call(panel::analyse);
    assertThat(Edt.call(() -> host.layerCalls)).endsWith("show", "clear");

    Edt.run(panel::seriesChanged);
    Edt.await(() -> !panel.isAnalysing(), HANG_GUARD);

    assertThat(panel.statusText()).isEqualTo("The analysis was cancelled; nothing was kept.");
    assertThat(Edt.call(panel.resultsArea()::showsPlaceholder)).isTrue();
    assertThat(Edt.call(() -> panel.resultsView().tableModel(HipSide.RIGHT).getRowCount())).isZero();
  }

  @Test
  void theEventThreadStaysResponsiveWhileAnAnalysisRuns() throws Exception {
    use(KnownMasksSegmenter.untilCancelled(truth));
    Edt.call(panel::analyse);
    Edt.await(() -> panel.progressBar().getString().startsWith("Segmenting"), HANG_GUARD);

    long slowest = 0;
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      Edt.run(() -> panel.progressBar().getValue());
      slowest = Math.max(slowest, System.nanoTime() - start);
      Thread.sleep(10);
    }
    boolean stillRunning = Edt.call(panel::isAnalysing);
    Edt.run(panel::cancel);

    System.out.printf("Slowest event-thread round trip during the analysis: %.1f ms%n", slowest / 1e6);
    assertThat(stillRunning).isTrue();
    assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofMillis(500));
  }

  // What the standalone viewer, the panel's second host, needs: ground truth into the pipeline, and stored results.

  @Test
  void aSeriesSourceHasNoGroundTruthUnlessItSaysSo() throws Exception {
    SeriesSource plain = (progress, cancel) -> series;

    assertThat(plain.groundTruth(series)).isEmpty();
  }

  @Test
  void groundTruthFromTheSeriesSourceReachesThePipelineAndIsScored() throws Exception {
    SeriesSource withTruth = new SeriesSource() {
      @Override
      public MrSeries load(ProgressListener progress, CancelToken cancel) {
        return series;
      }

      @Override
      public Optional<SeriesSegmentation> groundTruth(MrSeries loaded) {
        return Optional.of(truth);
      }
    };
    AnalysisHost host = new AnalysisHost() {
      @Override
      public Optional<SeriesSource> selectedSeries() {
        return Optional.of(withTruth);
      }

      @Override
      public SliceNavigator navigator() {
        return SliceNavigator.NONE;
      }

      @Override
      public LesionLayers layers() {
        return LesionLayers.NONE;
      }
    };
    AnalysisPanel teaching = Edt.call(() -> new AnalysisPanel(ModelSummary.defaultModel(), host));
    try {
      Edt.run(() -> teaching.usePipeline(KnownMasksSegmenter.returning(truth).pipeline(CLOCK),
          AnalysisController.daemonThreads()));
      assertThat(Edt.call(teaching::analyse)).isTrue();
      Edt.await(() -> teaching.outcome().isPresent(), HANG_GUARD);

      AnalysisResult result = teaching.outcome().orElseThrow().result();
      assertThat(result.groundTruth()).contains(truth);
      assertThat(result.groundTruthScores()).isPresent();
      assertThat(result.groundTruthScores().orElseThrow().total()).isEqualTo(result.scores().total());
    } finally {
      Edt.run(teaching::dispose);
    }
  }

  @Test
  void aStoredResultIsShownLikeAFinishedAnalysisWithTheHostsSentenceAndNoPipeline() throws Exception {
    AnalysisResult stored = KnownMasksSegmenter.returning(truth).pipeline(CLOCK)
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken());
    AnalysisOutcome outcome = new AnalysisOutcome(stored, SliceShapes.of(stored.prediction()), List.of());

    Edt.run(() -> panel.showStored(outcome, "Stored result hipspa-seg.dcm: the model was not run."));

    assertThat(panel.outcome()).containsSame(outcome);
    assertThat(panel.statusText()).isEqualTo("Stored result hipspa-seg.dcm: the model was not run.");
    assertThat(host.layerCalls).containsExactly("show");
    assertThat(host.shapes).isSameAs(outcome.shapes());
    assertThat(Edt.call(() -> panel.resultsArea().showsPlaceholder())).isFalse();
    assertThat(Edt.call(() -> panel.resultsView().tableModel(HipSide.RIGHT).getRowCount())).isPositive();
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();

    Edt.run(() -> panel.resultsView().table(HipSide.RIGHT).setRowSelectionInterval(0, 0));
    assertThat(host.slicesShown).hasSize(1);
  }
}
