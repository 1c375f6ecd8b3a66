package org.hipspa.weasis;

import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hipspa.render.StructureStyle;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.Structure;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.SliceShapes;
import org.weasis.core.api.media.data.TagW;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.core.ui.model.GraphicModel;
import org.weasis.core.ui.model.graphic.Graphic;
import org.weasis.core.ui.model.graphic.imp.seg.SegGraphic;
import org.weasis.core.ui.model.imp.XmlGraphicModel;
import org.weasis.core.ui.model.layer.LayerType;
import org.weasis.core.ui.model.layer.imp.DefaultLayer;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * The masks on Weasis's own images: per structure one named, locked layer of type DICOM_RT (never DICOM_SEG, which
 * the viewer clears on every image change), and per slice one {@link SegGraphic} in that image's graphic model, so
 * the lesions follow scrolling and each structure can be hidden. Runs on the Swing event thread.
 */
final class WeasisLesionLayers implements LesionLayers {

  static final String LAYER_PREFIX = "HipSpA ";

  private final Supplier<List<DicomImageElement>> analysedImages;
  private final Map<Structure, DefaultLayer> layers = new EnumMap<>(Structure.class);
  private final Map<Structure, List<Graphic>> graphics = new EnumMap<>(Structure.class);
  private final Set<GraphicModel> touched = new LinkedHashSet<>();

  /** @param analysedImages Weasis's image for each slice of the analysed series, index for index */
  WeasisLesionLayers(Supplier<List<DicomImageElement>> analysedImages) {
    this.analysedImages = analysedImages;
  }

  @Override
  public void show(AnalysisResult result, SliceShapes shapes) {
    clear();
    List<DicomImageElement> images = analysedImages.get();
    if (images == null || images.size() != shapes.size()) {
      return;
    }
    for (StructureStyle style : StructureStyle.values()) {
      DefaultLayer layer = new DefaultLayer(LayerType.DICOM_RT);
      layer.setName(LAYER_PREFIX + style.structure().displayName());
      layer.setLocked(true);
      layers.put(style.structure(), layer);
      graphics.put(style.structure(), new ArrayList<>());
    }
    for (int i = 0; i < images.size(); i++) {
      Map<Structure, Shape> slice = shapes.slice(i);
      if (slice.isEmpty()) {
        continue;
      }
      GraphicModel model = modelOf(images.get(i));
      touched.add(model);
      for (Map.Entry<Structure, Shape> entry : slice.entrySet()) {
        StructureStyle style = StructureStyle.of(entry.getKey());
        SegGraphic graphic = new SegGraphic(entry.getValue());
        graphic.setLayer(layers.get(entry.getKey()));
        graphic.setFilled(style.filled());
        graphic.setLineThickness(style.filled() ? 1f : 2f);
        graphic.setPaint(paint(style, StructureStyle.DEFAULT_FILL_OPACITY));
        model.addGraphic(graphic);
        graphics.get(entry.getKey()).add(graphic);
      }
    }
    repaint();
  }

  @Override
  public void setVisible(Structure structure, boolean visible) {
    DefaultLayer layer = layers.get(structure);
    if (layer != null) {
      layer.setVisible(visible);
      repaint();
    }
  }

  @Override
  public void setOpacity(Structure structure, float opacity) {
    StructureStyle style = StructureStyle.of(structure);
    for (Graphic graphic : graphics.getOrDefault(structure, List.of())) {
      graphic.setPaint(paint(style, opacity));
    }
    repaint();
  }

  @Override
  public void clear() {
    for (GraphicModel model : touched) {
      for (DefaultLayer layer : layers.values()) {
        model.deleteByLayer(layer);
      }
    }
    touched.clear();
    layers.clear();
    graphics.clear();
    repaint();
  }

  /** The image's graphic model, created as Weasis does when the image has none yet. */
  static GraphicModel modelOf(DicomImageElement image) {
    if (image.getTagValue(TagW.PresentationModel) instanceof GraphicModel model) {
      return model;
    }
    GraphicModel model = new XmlGraphicModel(image);
    image.setTag(TagW.PresentationModel, model);
    return model;
  }

  /** Lesions are filled with the chosen opacity; the femoral head is an opaque outline. */
  static Color paint(StructureStyle style, float opacity) {
    Color c = style.colour();
    int alpha = style.filled() ? Math.round(255 * Math.max(0, Math.min(1, opacity))) : 255;
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  private static void repaint() {
    ViewCanvas<DicomImageElement> view = EventManager.getInstance().getSelectedViewPane();
    if (view != null && view.getJComponent() != null) {
      view.getJComponent().repaint();
    }
  }
}
