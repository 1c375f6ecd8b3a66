package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.hipspa.weasis.engine.EngineReady;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.gui.Insertable;

class HipspaToolbarTest {

  @Test
  void itIsAWeasisToolbarNamedHipSpAWithAnalyseAndTheLayerToggle() {
    HipspaToolbar toolbar = new HipspaToolbar(new CompletableFuture<>());

    assertThat(toolbar.getType()).isEqualTo(Insertable.Type.TOOLBAR);
    assertThat(toolbar.getComponentName()).isEqualTo("HipSpA");
    assertThat(toolbar.getComponent()).isSameAs(toolbar);
    assertThat(toolbar.analyseButton().getText()).isEqualTo("Analyse hips");
    assertThat(toolbar.layersToggle().getText()).isEqualTo("Show lesion layers");
  }

  @Test
  void analyseStaysOffWhileTheEngineStartsAndItsTipSaysWhy() throws Exception {
    CompletableFuture<EngineReady> engine = new CompletableFuture<>();
    HipspaToolbar toolbar = new HipspaToolbar(engine);
    assertThat(toolbar.analyseButton().isEnabled()).isFalse();
    assertThat(toolbar.analyseButton().getToolTipText()).isEqualTo("Engine starting…");

    engine.completeExceptionally(new IllegalStateException("PyTorch library not found: libtorch.so"));
    SwingUtilities.invokeAndWait(() -> {});

    assertThat(toolbar.analyseButton().isEnabled()).isFalse();
    assertThat(toolbar.analyseButton().getToolTipText())
        .startsWith("The analysis engine has no native library for this workstation");
  }

  @Test
  void theLayerToggleIsOffUntilAnAnalysisHasDrawnLayers() {
    HipspaToolbar toolbar = new HipspaToolbar(new CompletableFuture<>());

    assertThat(toolbar.layersToggle().isEnabled()).isFalse();
  }
}
