package org.hipspa.ui;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.JPanel;
import org.hipspa.image.MrSlice;
import org.hipspa.render.DisplayWindow;
import org.hipspa.render.StructureStyle;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.Structure;

/**
 * For screenshots only: a stand-in for Weasis's 2D view that draws a slice and the panel's shapes the way the plugin's
 * SegGraphics are drawn (lesions filled at the chosen opacity, the femoral head as an outline), in image coordinates
 * scaled to the view.
 */
final class SliceViewStandIn extends JPanel implements SliceNavigator, LesionLayers {

  private AnalysisResult result;
  private SliceShapes shapes;
  private int index;
  private final Set<Structure> visible = EnumSet.allOf(Structure.class);
  private final Map<Structure, Float> opacity = new EnumMap<>(Structure.class);

  SliceViewStandIn() {
    setBackground(Color.BLACK);
    setPreferredSize(new Dimension(780, 900));
  }

  @Override
  public void showSlice(int sliceIndex) {
    index = sliceIndex;
    repaint();
  }

  @Override
  public void show(AnalysisResult analysed, SliceShapes sliceShapes) {
    result = analysed;
    shapes = sliceShapes;
    index = analysed.scores().right().centralSliceIndex();
    repaint();
  }

  @Override
  public void setVisible(Structure structure, boolean shown) {
    if (shown) {
      visible.add(structure);
    } else {
      visible.remove(structure);
    }
    repaint();
  }

  @Override
  public void setOpacity(Structure structure, float value) {
    opacity.put(structure, value);
    repaint();
  }

  @Override
  public void clear() {
    result = null;
    repaint();
  }

  @Override
  protected void paintComponent(Graphics g) {
    super.paintComponent(g);
    if (result == null) {
      return;
    }
    Graphics2D g2 = (Graphics2D) g.create();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    MrSlice slice = result.series().slice(index);
    DisplayWindow window = DisplayWindow.auto(result.series());
    BufferedImage grey = new BufferedImage(slice.width(), slice.height(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < slice.height(); y++) {
      for (int x = 0; x < slice.width(); x++) {
        int v = window.grey(slice.pixels().get(x, y));
        grey.setRGB(x, y, (v << 16) | (v << 8) | v);
      }
    }
    double scale = Math.min((getWidth() - 20.0) / slice.width(), (getHeight() - 60.0) / slice.height());
    AffineTransform toView = new AffineTransform();
    toView.translate((getWidth() - scale * slice.width()) / 2, 40);
    toView.scale(scale, scale);
    g2.drawImage(grey, toView, null);
    for (StructureStyle style : new StructureStyle[] {StructureStyle.EFFUSION, StructureStyle.BME,
        StructureStyle.FEMORAL_HEAD}) {
      Shape shape = shapes.slice(index).get(style.structure());
      if (shape == null || !visible.contains(style.structure())) {
        continue;
      }
      Shape onView = toView.createTransformedShape(shape);
      g2.setColor(style.colour());
      if (style.filled()) {
        float a = opacity.getOrDefault(style.structure(), StructureStyle.DEFAULT_FILL_OPACITY);
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a));
        g2.fill(onView);
        g2.setComposite(AlphaComposite.SrcOver);
      } else {
        g2.setStroke(new BasicStroke(2f));
        g2.draw(onView);
      }
    }
    g2.setColor(new Color(0xE0, 0xE0, 0xE0));
    g2.setFont(getFont().deriveFont(Font.PLAIN, 13f));
    g2.drawString(String.format(Locale.ROOT, "Slice %d of %d (inst. %d), %.1f mm   ·   %s", index + 1,
        result.series().size(), slice.instanceNumber(), slice.positionMm(), "R is on the image's left"), 12, 18);
    g2.setColor(new Color(0xA0, 0xA0, 0xA0));
    g2.drawString("Stand-in for Weasis's 2D view: the plugin draws these shapes on Weasis's own images", 12, 34);
    g2.dispose();
  }
}
