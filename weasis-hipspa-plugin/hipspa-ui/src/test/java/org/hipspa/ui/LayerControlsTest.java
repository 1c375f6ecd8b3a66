package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipspa.render.StructureStyle;
import org.hipspa.segment.Structure;
import org.hipspa.ui.testing.RecordingHost;
import org.junit.jupiter.api.Test;

class LayerControlsTest {

  private final LayerControls controls = new LayerControls();
  private final RecordingHost host = new RecordingHost(null);

  @Test
  void everyStructureHasASwitchNamedForItAndAllStartShownAtTheDefaultOpacity() {
    for (Structure structure : Structure.values()) {
      assertThat(controls.toggle(structure).getText()).isEqualTo(structure.displayName());
      assertThat(controls.toggle(structure).isSelected()).isTrue();
    }
    assertThat(controls.fillOpacity()).isEqualTo(StructureStyle.DEFAULT_FILL_OPACITY);
  }

  @Test
  void switchesGoToTheHostsLayers() {
    controls.control(host);

    controls.toggle(Structure.BME).doClick();
    controls.opacitySlider().setValue(80);

    assertThat(host.layerCalls).containsExactly("BME hidden", "BME opacity 0.8", "EFFUSION opacity 0.8");
  }
}
