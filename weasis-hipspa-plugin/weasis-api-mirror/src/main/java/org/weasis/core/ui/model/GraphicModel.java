package org.weasis.core.ui.model;

import java.util.List;
import org.weasis.core.ui.model.graphic.Graphic;
import org.weasis.core.ui.model.layer.GraphicLayer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.GraphicModel}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/GraphicModel.java): the graphics drawn over one image, kept in
 * the image's {@code TagW.PresentationModel}; only the members the plugin uses.
 */
public interface GraphicModel {

  void addGraphic(Graphic graphic);

  void deleteByLayer(GraphicLayer layer);

  List<Graphic> getModels();

  List<GraphicLayer> getLayers();
}
