package org.hipspa.viewer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.render.DisplayWindow;
import org.hipspa.render.SliceRenderer;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.Structure;

/**
 * One view of the series: the slice of the shared {@link ViewState} in its grey window, fitted to the view, with lesion
 * layers drawn over it (lesions filled, the femoral head outlined, in the report's colours). The mouse wheel and the
 * keys Up/Down, Page Up/Page Down, Home/End scroll; dragging with the left or right button changes window and level.
 */
public final class SliceView extends JComponent {

  /** Key bindings: key stroke, action name. */
  static final Map<String, String> KEYS = Map.of(
      "UP", "previousSlice", "DOWN", "nextSlice", "PAGE_UP", "previousPage", "PAGE_DOWN", "nextPage",
      "HOME", "firstSlice", "END", "lastSlice");

  private static final Structure[] DRAW_ORDER = {Structure.EFFUSION, Structure.BME, Structure.FEMORAL_HEAD};

  private final MrSeries series;
  private final ViewState state;
  private final IntFunction<Map<Structure, Shape>> layers;
  private final ViewerLayers style;
  private final SliceFit fit;
  private String title;
  private BufferedImage image;
  private int imageSlice = -1;
  private DisplayWindow imageWindow;

  /**
   * @param layers the visible shapes of a slice (by index), in image pixel coordinates
   * @param style the layer switches (opacity per structure)
   */
  public SliceView(String title, MrSeries series, ViewState state, IntFunction<Map<Structure, Shape>> layers,
      ViewerLayers style) {
    this.title = title;
    this.series = series;
    this.state = state;
    this.layers = layers;
    this.style = style;
    this.fit = SliceFit.of(series);
    setName("hipspa.viewer.view");
    setOpaque(true);
    setBackground(Color.BLACK);
    setFocusable(true);
    setPreferredSize(new Dimension(560, 520));
    setMinimumSize(new Dimension(200, 160));
    state.addListener(this::repaint);
    style.addListener(this::repaint);
    bindKeys();
    MouseAdapter mouse = new Mouse();
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
  }

  public void setTitle(String newTitle) {
    title = newTitle;
    repaint();
  }

  public String title() {
    return title;
  }

  /** Where a slice pixel lands in this view at its current size. */
  public AffineTransform imageToView() {
    return fit.imageToView(getWidth(), getHeight());
  }

  private void bindKeys() {
    action("previousSlice", () -> state.step(-1));
    action("nextSlice", () -> state.step(1));
    action("previousPage", () -> state.step(-ViewState.PAGE));
    action("nextPage", () -> state.step(ViewState.PAGE));
    action("firstSlice", state::first);
    action("lastSlice", state::last);
    KEYS.forEach((key, name) -> getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name));
    // Also while another part of the viewer (not the panel's table, which has its own Up/Down) has the focus.
    KEYS.forEach((key, name) -> getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), name));
  }

  private void action(String name, Runnable step) {
    getActionMap().put(name, new AbstractAction(name) {
      @Override
      public void actionPerformed(ActionEvent e) {
        step.run();
      }
    });
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    g.setColor(getBackground());
    g.fillRect(0, 0, getWidth(), getHeight());
    AffineTransform toView = imageToView();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(slice(), toView, null);

    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Map<Structure, Shape> shapes = layers.apply(state.slice());
    for (Structure structure : DRAW_ORDER) {
      Shape shape = shapes.get(structure);
      if (shape == null) {
        continue;
      }
      StructureStyle look = StructureStyle.of(structure);
      Shape onScreen = toView.createTransformedShape(shape);
      if (look.filled()) {
        g.setColor(withAlpha(look.colour(), style.opacity(structure)));
        g.fill(onScreen);
      } else {
        g.setColor(look.colour());
        g.setStroke(new BasicStroke(1.6f));
        g.draw(onScreen);
      }
    }
    drawText(g);
    g.dispose();
  }

  private void drawText(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font = getFont() == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 13) : getFont();
    g.setFont(font.deriveFont(Font.BOLD, 14f));
    int line = g.getFontMetrics().getHeight();
    shadowed(g, title, 8, line);
    g.setFont(font.deriveFont(Font.PLAIN, 13f));
    DisplayWindow w = state.window();
    String windowText = String.format(Locale.ROOT, "W %.0f  L %.0f", w.width(), w.centre());
    shadowed(g, label(series, state.slice()), 8, getHeight() - 8);
    shadowed(g, windowText, getWidth() - g.getFontMetrics().stringWidth(windowText) - 8, getHeight() - 8);
  }

  /** "Slice 7 of 20 · 12.0 mm": the slice number counted from 1 along the normal, and its position. */
  static String label(MrSeries series, int index) {
    MrSlice slice = series.slice(index);
    return Messages.get("view.slice", index + 1, series.size(), String.format(Locale.ROOT, "%.1f", slice.positionMm()));
  }

  private static void shadowed(Graphics2D g, String text, int x, int y) {
    g.setColor(Color.BLACK);
    g.drawString(text, x + 1, y + 1);
    g.setColor(Color.WHITE);
    g.drawString(text, x, y);
  }

  private static Color withAlpha(Color colour, float alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(255 * alpha));
  }

  /** The slice in its window, rendered again only when the slice or the window changed. */
  private BufferedImage slice() {
    if (image == null || imageSlice != state.slice() || !state.window().equals(imageWindow)) {
      MrSlice slice = series.slice(state.slice());
      image = SliceRenderer.render(slice.pixels(), state.window(), new Rectangle(0, 0, slice.width(), slice.height()),
          null, Set.of(), 0);
      imageSlice = state.slice();
      imageWindow = state.window();
    }
    return image;
  }

  private final class Mouse extends MouseAdapter {
    private WindowDrag drag;
    private int x0;
    private int y0;

    @Override
    public void mousePressed(MouseEvent e) {
      requestFocusInWindow();
      drag = new WindowDrag(state.window(), state.initialWindow());
      x0 = e.getX();
      y0 = e.getY();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (drag != null) {
        state.setWindow(drag.to(e.getX() - x0, e.getY() - y0));
      }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      drag = null;
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      state.step(e.getWheelRotation());
    }
  }
}
