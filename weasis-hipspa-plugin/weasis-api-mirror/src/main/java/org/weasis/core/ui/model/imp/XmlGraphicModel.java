package org.weasis.core.ui.model.imp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.weasis.core.api.media.data.ImageElement;
import org.weasis.core.ui.model.GraphicModel;
import org.weasis.core.ui.model.graphic.Graphic;
import org.weasis.core.ui.model.layer.GraphicLayer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.imp.XmlGraphicModel}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/imp/XmlGraphicModel.java, via {@code AbstractGraphicModel}):
 * the model Weasis creates for an image that has none. Here a plain list, so tests can read what was drawn.
 */
public class XmlGraphicModel implements GraphicModel {

  private final List<Graphic> models = new ArrayList<>();

  public XmlGraphicModel(ImageElement img) {}

  @Override
  public void addGraphic(Graphic graphic) {
    models.add(graphic);
  }

  @Override
  public void deleteByLayer(GraphicLayer layer) {
    models.removeIf(g -> g.getLayer() == layer);
  }

  @Override
  public List<Graphic> getModels() {
    return models;
  }

  @Override
  public List<GraphicLayer> getLayers() {
    LinkedHashSet<GraphicLayer> layers = new LinkedHashSet<>();
    models.forEach(g -> layers.add(g.getLayer()));
    return new ArrayList<>(layers);
  }
}
