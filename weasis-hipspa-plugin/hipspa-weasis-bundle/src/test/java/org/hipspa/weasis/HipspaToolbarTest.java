package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.Structure;
import org.hipspa.ui.AnalysisController;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.ModelSummary;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.RecordingHost;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.gui.Insertable;

class HipspaToolbarTest {

  private final HipspaSession session = new HipspaSession();

  @Test
  void itIsAWeasisToolbarNamedHipSpAWithAnalyseAndTheLayerToggle() {
    HipspaToolbar toolbar = new HipspaToolbar(session);

    assertThat(toolbar.getType()).isEqualTo(Insertable.Type.TOOLBAR);
    assertThat(toolbar.getComponentName()).isEqualTo("HipSpA");
    assertThat(toolbar.getComponent()).isSameAs(toolbar);
    assertThat(toolbar.analyseButton().getText()).isEqualTo("Analyse hips");
    assertThat(toolbar.layersToggle().getText()).isEqualTo("Show lesion layers");
  }

  @Test
  void withoutTheSidePanelBothAreOffAndAnalyseSaysToOpenIt() {
    HipspaToolbar toolbar = new HipspaToolbar(session);
    session.attach(toolbar);

    assertThat(toolbar.analyseButton().isEnabled()).isFalse();
    assertThat(toolbar.analyseButton().getToolTipText()).isEqualTo("Open the HipSpA side panel to analyse a series.");
    assertThat(toolbar.layersToggle().isEnabled()).isFalse();
  }

  @Test
  void analyseFollowsThePanelWhileTheEngineStartsAndFailsWithItsSentence() throws Exception {
    HipspaToolbar toolbar = new HipspaToolbar(session);
    AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), new RecordingHost(null));
    CompletableFuture<String> engine = new CompletableFuture<>();
    Edt.run(() -> {
      session.attach(toolbar);
      session.attach(panel);
      panel.usePipeline(KnownMasksSegmenter.returning(null).pipeline(Clock.systemUTC()),
        AnalysisController.daemonThreads());
      panel.followEngine(engine, failure -> "The analysis engine could not start on this workstation.");
    });
    assertThat(Edt.call(toolbar.analyseButton()::isEnabled)).isFalse();
    assertThat(toolbar.analyseButton().getToolTipText()).isEqualTo("Engine starting…");

    engine.completeExceptionally(new IllegalStateException("x"));
    Edt.run(() -> {});

    assertThat(Edt.call(toolbar.analyseButton()::isEnabled)).isFalse();
    assertThat(toolbar.analyseButton().getToolTipText())
        .isEqualTo("Engine failed: The analysis engine could not start on this workstation.");
    Edt.run(panel::dispose);
  }

  @Test
  void analyseFromTheToolbarRunsThePanelsAnalysisAndTheLayerSwitchHidesEveryLayer() throws Exception {
    MrSeries pelvis = TestPelvis.coronal(11);
    RecordingHost host = new RecordingHost(pelvis);
    HipspaToolbar toolbar = new HipspaToolbar(session);
    AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), host);
    Edt.run(() -> {
      session.attach(toolbar);
      session.attach(panel);
      panel.usePipeline(KnownMasksSegmenter.returning(TestPelvis.truth(pelvis)).pipeline(Clock.systemUTC()),
        AnalysisController.daemonThreads());
    });
    assertThat(Edt.call(toolbar.analyseButton()::isEnabled)).isTrue();
    assertThat(Edt.call(toolbar.layersToggle()::isEnabled)).isFalse();

    Edt.run(toolbar.analyseButton()::doClick);
    Edt.await(() -> panel.outcome().isPresent(), Duration.ofSeconds(60));
    assertThat(Edt.call(toolbar.layersToggle()::isEnabled)).isTrue();
    Edt.run(toolbar.layersToggle()::doClick);

    assertThat(Edt.call(() -> host.layerCalls)).containsSubsequence(List.of("show",
        Structure.FEMORAL_HEAD + " hidden", Structure.BME + " hidden", Structure.EFFUSION + " hidden"));
    assertThat(Edt.call(() -> panel.resultsView().layerControls().toggle(Structure.BME).isSelected())).isFalse();
    Edt.run(panel::dispose);
  }
}
