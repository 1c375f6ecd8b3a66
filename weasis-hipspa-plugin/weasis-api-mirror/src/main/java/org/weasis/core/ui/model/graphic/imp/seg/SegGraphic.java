package org.weasis.core.ui.model.graphic.imp.seg;

import java.awt.Color;
import java.awt.Shape;
import org.weasis.core.ui.model.graphic.Graphic;
import org.weasis.core.ui.model.layer.GraphicLayer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.graphic.imp.seg.SegGraphic}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/graphic/imp/seg/SegGraphic.java): draws any {@link Shape} (a
 * path with holes included) in image pixel coordinates. In Weasis it extends {@code AbstractGraphic}, which holds the
 * members below; the mirror keeps them here.
 */
public class SegGraphic implements Graphic {

  private final Shape shape;
  private GraphicLayer layer;
  private Color paint = Color.YELLOW;
  private Boolean filled = Boolean.FALSE;
  private Float lineThickness = 1f;

  public SegGraphic(Shape path) {
    this.shape = path;
  }

  @Override
  public Shape getShape() {
    return shape;
  }

  @Override
  public GraphicLayer getLayer() {
    return layer;
  }

  @Override
  public void setLayer(GraphicLayer layer) {
    this.layer = layer;
  }

  @Override
  public void setPaint(Color paint) {
    this.paint = paint;
  }

  @Override
  public Color getColorPaint() {
    return paint;
  }

  @Override
  public void setFilled(Boolean filled) {
    this.filled = filled;
  }

  @Override
  public Boolean getFilled() {
    return filled;
  }

  @Override
  public void setLineThickness(Float lineThickness) {
    this.lineThickness = lineThickness;
  }

  public Float getLineThickness() {
    return lineThickness;
  }
}
