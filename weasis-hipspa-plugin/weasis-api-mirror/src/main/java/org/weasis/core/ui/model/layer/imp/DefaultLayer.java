package org.weasis.core.ui.model.layer.imp;

import org.weasis.core.ui.model.layer.GraphicLayer;
import org.weasis.core.ui.model.layer.LayerType;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.layer.imp.DefaultLayer}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/layer/imp/DefaultLayer.java, members from
 * {@code AbstractGraphicLayer}): a named layer of a given type.
 */
public class DefaultLayer implements GraphicLayer {

  private final LayerType type;
  private String name;
  private Boolean visible = Boolean.TRUE;
  private Boolean locked = Boolean.FALSE;

  public DefaultLayer(LayerType type) {
    this.type = type;
  }

  @Override
  public LayerType getType() {
    return type;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void setName(String name) {
    this.name = name;
  }

  @Override
  public Boolean getVisible() {
    return visible;
  }

  @Override
  public void setVisible(Boolean visible) {
    this.visible = visible;
  }

  @Override
  public Boolean getLocked() {
    return locked;
  }

  @Override
  public void setLocked(Boolean locked) {
    this.locked = locked;
  }
}
