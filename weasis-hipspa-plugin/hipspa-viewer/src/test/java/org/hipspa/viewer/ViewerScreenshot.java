package org.hipspa.viewer;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.ui.testing.Edt;

/**
 * Opens the viewer on a study on a real display (run under Xvfb), waits until the series and its result are shown,
 * moves to the slice with the most lesion in the ground truth (or the prediction), and writes the window as a PNG with
 * a .properties file beside it saying where each view and the panel are, so a test can check the pixels.
 *
 * <p>Usage: {@code ViewerScreenshot <study folder> <png> [--result SEG] [--model DIR] [--analyse]}. With --analyse it
 * waits for the model, presses Analyse and waits for the result.
 */
public final class ViewerScreenshot {

  private static final Duration LIMIT = Duration.ofMinutes(5);

  private ViewerScreenshot() {}

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Path study = Path.of(args[0]);
    Path png = Path.of(args[1]);
    Path result = null;
    Path model = null;
    boolean analyse = false;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--result" -> result = Path.of(args[++i]);
        case "--model" -> model = Path.of(args[++i]);
        case "--analyse" -> analyse = true;
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    long start = System.nanoTime();
    ViewRequest request = new ViewRequest(study, null, model, result);
    AtomicReference<ViewerWindow> ref = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      ViewerWindow window = ViewerWindow.open(request, "screenshot");
      window.frame().setBounds(0, 0, 1600, 960);
      ref.set(window);
    });
    ViewerWindow window = ref.get();
    Edt.await(() -> window.isShowing() || window.statusText().contains(";"), LIMIT);
    long shown = System.nanoTime();
    if (analyse) {
      Edt.await(window::isEngineReady, LIMIT);
      Edt.run(() -> window.panel().analyse());
    }
    Edt.await(() -> window.panel().outcome().isPresent() || !window.isShowing(), LIMIT);
    long resulted = System.nanoTime();
    Properties facts = new Properties();
    Edt.run(() -> {
      var outcome = window.panel().outcome().orElseThrow();
      SeriesSegmentation masks = outcome.result().groundTruth().orElse(outcome.result().prediction());
      int slice = mostLesion(masks);
      window.state().showSlice(slice);
      facts.setProperty("slice", String.valueOf(slice));
    });
    Thread.sleep(300);
    Edt.run(() -> {
      var frame = window.frame();
      var root = frame.getRootPane();
      root.validate();
      BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = image.createGraphics();
      root.printAll(g);
      g.dispose();
      try {
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      facts.setProperty("views", String.valueOf(window.views().size()));
      for (int v = 0; v < window.views().size(); v++) {
        SliceView view = window.views().get(v);
        Rectangle r = SwingUtilities.convertRectangle(view.getParent(), view.getBounds(), root);
        AffineTransform t = view.imageToView();
        facts.setProperty("view." + v + ".title", view.title());
        facts.setProperty("view." + v + ".bounds", r.x + "," + r.y + "," + r.width + "," + r.height);
        facts.setProperty("view." + v + ".transform", String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f",
            t.getScaleX(), t.getScaleY(), t.getTranslateX(), t.getTranslateY()));
      }
      Component panel = window.panel();
      Rectangle p = SwingUtilities.convertRectangle(panel.getParent(), panel.getBounds(), root);
      facts.setProperty("panel.bounds", p.x + "," + p.y + "," + p.width + "," + p.height);
      facts.setProperty("panel.status", window.panel().statusText());
      facts.setProperty("panel.engine", window.panel().engineText());
      facts.setProperty("panel.rows.right", String.valueOf(
          window.panel().resultsView().tableModel(org.hipspa.segment.HipSide.RIGHT).getRowCount()));
      facts.setProperty("dice", window.diceText());
      facts.setProperty("truthScore", window.truthScoreText());
      for (Structure structure : Structure.values()) {
        facts.setProperty("layer." + structure.name(), (window.layers().isVisible(structure) ? "shown" : "hidden")
            + " at " + window.layers().opacity(structure));
      }
      facts.setProperty("sliceLabel", window.sliceText());
      facts.setProperty("banner", window.bannerText());
      facts.setProperty("status", window.statusText());
    });
    // After the picture: what a person does next, through the window's own components.
    Edt.run(() -> {
      var table = window.panel().resultsView().table(org.hipspa.segment.HipSide.RIGHT);
      int row = table.getRowCount() / 2;
      table.setRowSelectionInterval(row, row);
      facts.setProperty("rowClick.expected", String.valueOf(window.panel().resultsView()
          .tableModel(org.hipspa.segment.HipSide.RIGHT).sliceIndexOf(table.convertRowIndexToModel(row))));
      facts.setProperty("rowClick.shown", String.valueOf(window.state().slice()));
      SliceView view = window.views().get(0);
      var before = window.state().window();
      long now = System.currentTimeMillis();
      view.dispatchEvent(new java.awt.event.MouseEvent(view, java.awt.event.MouseEvent.MOUSE_PRESSED, now,
          java.awt.event.InputEvent.BUTTON3_DOWN_MASK, 100, 100, 1, false, java.awt.event.MouseEvent.BUTTON3));
      view.dispatchEvent(new java.awt.event.MouseEvent(view, java.awt.event.MouseEvent.MOUSE_DRAGGED, now + 10,
          java.awt.event.InputEvent.BUTTON3_DOWN_MASK, 140, 80, 0, false, java.awt.event.MouseEvent.NOBUTTON));
      view.dispatchEvent(new java.awt.event.MouseEvent(view, java.awt.event.MouseEvent.MOUSE_RELEASED, now + 20,
          0, 140, 80, 1, false, java.awt.event.MouseEvent.BUTTON3));
      var dragged = window.state().window();
      facts.setProperty("drag.widthChange", String.format(Locale.ROOT, "%.3f", dragged.width() - before.width()));
      facts.setProperty("drag.levelChange", String.format(Locale.ROOT, "%.3f", dragged.centre() - before.centre()));
      javax.swing.JButton reset = findButton(window.frame().getContentPane(), "hipspa.viewer.resetWindow");
      reset.doClick();
      facts.setProperty("reset.backToSeriesWindow", String.valueOf(window.state().window().equals(
          window.state().initialWindow())));
    });
    facts.setProperty("millis.shown", String.valueOf((shown - start) / 1_000_000));
    facts.setProperty("millis.result", String.valueOf((resulted - start) / 1_000_000));
    try (Writer out = Files.newBufferedWriter(Path.of(png + ".properties"))) {
      facts.store(out, "ViewerScreenshot");
    }
    Edt.run(() -> window.frame().dispose());
    window.awaitClosed();
  }

  private static javax.swing.JButton findButton(java.awt.Container in, String name) {
    for (Component c : in.getComponents()) {
      if (c instanceof javax.swing.JButton b && name.equals(b.getName())) {
        return b;
      }
      if (c instanceof java.awt.Container inner) {
        javax.swing.JButton found = findButton(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The slice with the most BME and effusion pixels, both hips. */
  static int mostLesion(SeriesSegmentation masks) {
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < masks.size(); i++) {
      var s = masks.slice(i);
      int count = 0;
      for (Structure structure : new Structure[] {Structure.BME, Structure.EFFUSION}) {
        count += s.right().get(structure).count() + s.left().get(structure).count();
      }
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    return best;
  }
}
