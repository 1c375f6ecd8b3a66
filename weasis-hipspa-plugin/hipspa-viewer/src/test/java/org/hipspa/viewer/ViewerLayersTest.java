package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipspa.image.MrSeries;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.ui.SliceShapes;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewerLayersTest {

  private static SliceShapes shapes;
  private static int middle;

  @BeforeAll
  static void pelvis() throws Exception {
    MrSeries series = TestPelvis.coronal(7);
    SeriesSegmentation truth = TestPelvis.truth(series);
    shapes = SliceShapes.of(truth);
    middle = 3;
  }

  @Test
  void aShownResultDrawsEveryStructureUntilClearedAndRepaintsEachTime() {
    ViewerLayers layers = new ViewerLayers();
    int[] repaints = {0};
    layers.addListener(() -> repaints[0]++);
    assertThat(layers.prediction(middle)).isEmpty();

    layers.show(null, shapes);
    assertThat(layers.prediction(middle)).containsOnlyKeys(Structure.FEMORAL_HEAD, Structure.BME, Structure.EFFUSION);
    assertThat(layers.prediction(middle).get(Structure.BME)).isSameAs(shapes.slice(middle).get(Structure.BME));

    layers.clear();
    assertThat(layers.prediction(middle)).isEmpty();
    assertThat(layers.hasPrediction()).isFalse();
    assertThat(repaints[0]).isEqualTo(2);
  }

  @Test
  void thePanelsSwitchesHideAStructureInThePredictionAndTheGroundTruthAlike() {
    ViewerLayers layers = new ViewerLayers();
    layers.show(null, shapes);
    layers.showTruth(shapes);

    layers.setVisible(Structure.BME, false);
    layers.setOpacity(Structure.EFFUSION, 0.8f);

    assertThat(layers.prediction(middle)).doesNotContainKey(Structure.BME).containsKey(Structure.EFFUSION);
    assertThat(layers.truth(middle)).doesNotContainKey(Structure.BME).containsKey(Structure.FEMORAL_HEAD);
    assertThat(layers.opacity(Structure.EFFUSION)).isEqualTo(0.8f);

    layers.show(null, shapes);
    assertThat(layers.isVisible(Structure.BME)).as("a new result starts with every layer on").isTrue();
    assertThat(layers.opacity(Structure.EFFUSION)).isEqualTo(StructureStyle.DEFAULT_FILL_OPACITY);
  }
}
