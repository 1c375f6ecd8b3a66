package org.hipspa.weasis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.hipspa.weasis.engine.EngineReady;
import org.junit.jupiter.api.Test;

class AnalysisPanelTest {

  private final AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel());

  @Test
  void theDefaultModelSaysItWasTrainedOnSyntheticDataAndIsNotForDiagnosis() {
    assertThat(panel.limitText()).isEqualTo("Limits: Trained on synthetic data: not for diagnosis.");
    assertThat(panel.modelText()).startsWith("Model: HipSpA U-Net");
  }

  @Test
  void analyseStaysOffWhileTheEngineStartsAndComesOnWhenItIsReadyAndAnAnalysisIsWired() throws Exception {
    CompletableFuture<EngineReady> engine = new CompletableFuture<>();
    panel.followEngine(engine);
    panel.onAnalyse(() -> {});
    flushEventQueue();
    assertThat(panel.engineText()).isEqualTo("Engine starting…");
    assertThat(panel.analyseButton().isEnabled()).isFalse();

    engine.complete(new EngineReady("PyTorch", "2.7.1", new float[] {2.5f, 4.5f, 6.5f, 8.5f}));
    flushEventQueue();

    assertThat(panel.engineText()).isEqualTo("Engine ready: PyTorch 2.7.1.");
    assertThat(panel.analyseButton().isEnabled()).isTrue();
  }

  @Test
  void withoutAnAnalysisWiredAnalyseStaysOffEvenWithAReadyEngine() throws Exception {
    panel.followEngine(CompletableFuture.completedFuture(new EngineReady("PyTorch", "2.7.1", new float[4])));
    flushEventQueue();

    assertThat(panel.analyseButton().isEnabled()).isFalse();
    assertThat(panel.analyseButton().getToolTipText()).isEqualTo("The analysis is not part of this build yet.");
  }

  @Test
  void aFailedEngineShowsOneSentenceForTheUser() throws Exception {
    panel.followEngine(
        CompletableFuture.failedFuture(new IllegalStateException("PyTorch library not found: libtorch.so")));
    flushEventQueue();

    assertThat(panel.engineText())
        .startsWith("Engine failed: The analysis engine has no native library for this workstation");
    assertThat(panel.analyseButton().isEnabled()).isFalse();
  }

  @Test
  void theResultsAreaSaysNoAnalysisHasRunAndShowsNoNumbers() {
    assertThat(panel.resultsArea().placeholderText())
        .isEqualTo("No analysis yet: open a coronal STIR series of the hips and press Analyse.");
    assertThat(panel.progressBar().getValue()).isZero();
    assertThat(panel.cancelButton().isEnabled()).isFalse();
  }

  private static void flushEventQueue() throws Exception {
    SwingUtilities.invokeAndWait(() -> {});
  }
}
