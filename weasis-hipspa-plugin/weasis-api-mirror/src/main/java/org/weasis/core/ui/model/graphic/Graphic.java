package org.weasis.core.ui.model.graphic;

import java.awt.Color;
import java.awt.Shape;
import org.weasis.core.ui.model.layer.GraphicLayer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.graphic.Graphic}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/graphic/Graphic.java): one drawing over an image, in image pixel
 * coordinates; only the members the plugin uses.
 */
public interface Graphic {

  Shape getShape();

  GraphicLayer getLayer();

  void setLayer(GraphicLayer layer);

  void setPaint(Color paint);

  Color getColorPaint();

  void setFilled(Boolean filled);

  Boolean getFilled();

  void setLineThickness(Float lineThickness);
}
