package org.weasis.core.ui.model.layer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.layer.GraphicLayer}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/layer/GraphicLayer.java, members declared on its super-interface
 * {@code Layer}); only the members the plugin uses.
 */
public interface GraphicLayer {

  LayerType getType();

  String getName();

  void setName(String name);

  Boolean getVisible();

  void setVisible(Boolean visible);

  Boolean getLocked();

  void setLocked(Boolean locked);
}
