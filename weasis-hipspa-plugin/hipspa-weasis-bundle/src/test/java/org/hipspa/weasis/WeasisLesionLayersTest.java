package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.hipspa.image.MrSeries;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.ui.MaskShapes;
import org.hipspa.ui.SliceShapes;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.media.data.TagW;
import org.weasis.core.ui.model.GraphicModel;
import org.weasis.core.ui.model.graphic.Graphic;
import org.weasis.core.ui.model.graphic.imp.seg.SegGraphic;
import org.weasis.core.ui.model.imp.XmlGraphicModel;
import org.weasis.core.ui.model.layer.GraphicLayer;
import org.weasis.core.ui.model.layer.LayerType;
import org.weasis.core.ui.model.layer.imp.DefaultLayer;
import org.weasis.dicom.codec.DicomImageElement;

class WeasisLesionLayersTest {

  private static MrSeries series;
  private static SeriesSegmentation truth;
  private final List<DicomImageElement> images = WeasisImages.of(series);
  private final WeasisLesionLayers layers = new WeasisLesionLayers(() -> images);

  @BeforeAll
  static void pelvis() throws Exception {
    series = TestPelvis.coronal(7);
    truth = TestPelvis.truth(series);
  }

  private static GraphicModel model(DicomImageElement image) {
    return (GraphicModel) image.getTagValue(TagW.PresentationModel);
  }

  @Test
  void eachSliceGetsOneShapePerStructureOnItsOwnNamedDicomRtLayerInImageCoordinates() {
    layers.show(null, SliceShapes.of(truth));

    GraphicModel centre = model(images.get(3));
    assertThat(centre.getLayers()).extracting(GraphicLayer::getName)
        .containsExactlyInAnyOrder("HipSpA Femoral head", "HipSpA Bone marrow edema", "HipSpA Effusion/synovitis");
    assertThat(centre.getLayers()).allSatisfy(l -> {
      assertThat(l.getType()).isEqualTo(LayerType.DICOM_RT);
      assertThat(l.getLocked()).isTrue();
    });
    for (Graphic g : centre.getModels()) {
      Structure structure = structureOf(g.getLayer());
      var mask = truth.slice(3).right().get(structure).or(truth.slice(3).left().get(structure));
      assertThat(area(g)).isEqualTo(mask.count());
      var box = g.getShape().getBounds();
      assertThat(g.getShape().contains(box.x + 0.5, box.y + 0.5)).isEqualTo(mask.get(box.x, box.y));
      assertThat(g.getFilled()).isEqualTo(StructureStyle.of(structure).filled());
    }
  }

  @Test
  void hidingAStructureHidesItsLayerOnEverySliceAndOpacityChangesOnlyTheFills() {
    layers.show(null, SliceShapes.of(truth));

    layers.setVisible(Structure.BME, false);
    layers.setOpacity(Structure.BME, 0.8f);

    for (DicomImageElement image : images) {
      for (Graphic g : model(image).getModels()) {
        boolean bme = structureOf(g.getLayer()) == Structure.BME;
        assertThat(g.getLayer().getVisible()).isEqualTo(!bme);
        if (bme) {
          assertThat(g.getColorPaint()).isEqualTo(new Color(0xD5, 0x5E, 0x00, 204));
        }
      }
    }
  }

  @Test
  void clearingRemovesOurLayersAndLeavesTheReadersOwnGraphics() {
    XmlGraphicModel own = new XmlGraphicModel(images.get(3));
    SegGraphic measurement = new SegGraphic(new java.awt.Rectangle(1, 1, 5, 5));
    measurement.setLayer(new DefaultLayer(LayerType.MEASURE));
    own.addGraphic(measurement);
    images.get(3).setTag(TagW.PresentationModel, own);

    layers.show(null, SliceShapes.of(truth));
    assertThat(own.getModels()).hasSizeGreaterThan(1);
    layers.clear();

    assertThat(own.getModels()).containsExactly(measurement);
    assertThat(model(images.get(0)).getModels()).isEmpty();
  }

  private static Structure structureOf(GraphicLayer layer) {
    for (Structure s : Structure.values()) {
      if (layer.getName().equals(WeasisLesionLayers.LAYER_PREFIX + s.displayName())) {
        return s;
      }
    }
    throw new AssertionError(layer.getName());
  }

  private static double area(Graphic g) {
    // Pixel-centre count: the shape runs along pixel edges, so this equals its area.
    var box = g.getShape().getBounds();
    int inside = 0;
    for (int y = box.y; y < box.y + box.height; y++) {
      for (int x = box.x; x < box.x + box.width; x++) {
        if (g.getShape().contains(x + 0.5, y + 0.5)) {
          inside++;
        }
      }
    }
    return inside;
  }
}
