package org.hipspa.phantom;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hipspa.files.WholeFile;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSlice;

/**
 * A PNG of one phantom patient's slices for people to look at: a grid of windowed thumbnails, anterior to
 * posterior, with the true masks outlined (right head cyan, left head green, BME yellow, effusion magenta)
 * and a legend. Deterministic: the same patient gives the same bytes.
 */
public final class ContactSheet {
  static final Color RIGHT_HEAD = new Color(0, 210, 255);
  static final Color LEFT_HEAD = new Color(70, 255, 70);
  static final Color BME = new Color(255, 225, 0);
  static final Color EFFUSION = new Color(255, 70, 255);
  private static final int MARGIN = 8;
  private static final int TITLE = 28;
  private static final int LEGEND = 28;

  private ContactSheet() {}

  /** The grid of all slices, each scaled by {@code scale} (0.5 gives 256 x 192 for the default size). */
  public static BufferedImage render(PhantomPatient patient, double scale, int columns, boolean outlines) {
    int n = patient.series().size();
    int tw = (int) Math.round(patient.series().columns() * scale);
    int th = (int) Math.round(patient.series().rows() * scale);
    int gridRows = (n + columns - 1) / columns;
    int width = MARGIN + columns * (tw + MARGIN);
    int height = TITLE + MARGIN + gridRows * (th + MARGIN) + LEGEND;
    BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.setColor(new Color(24, 24, 24));
    g.fillRect(0, 0, width, height);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setColor(Color.WHITE);
    PhantomParameters p = patient.parameters();
    g.drawString(String.format(Locale.ROOT,
        "Synthetic coronal STIR hip phantom %s (seed %d, severity %.2f, %s) - not a patient", p.patientName(),
        p.settings().seed(), p.severity(), p.settings().difficulty().name().toLowerCase(Locale.ROOT)), MARGIN, 19);
    for (int k = 0; k < n; k++) {
      int x0 = MARGIN + (k % columns) * (tw + MARGIN);
      int y0 = TITLE + MARGIN + (k / columns) * (th + MARGIN);
      BufferedImage thumb = slice(patient, k, scale, outlines);
      g.drawImage(thumb, x0, y0, null);
      g.setColor(Color.LIGHT_GRAY);
      MrSlice s = patient.series().slice(k);
      g.drawString(String.format(Locale.ROOT, "#%d  y %.0f mm", s.instanceNumber(), s.positionMm()), x0 + 4, y0 + 14);
    }
    int ly = height - LEGEND + 18;
    int lx = MARGIN;
    g.setStroke(new BasicStroke(2));
    Object[][] legend = {{RIGHT_HEAD, "right femoral head"}, {LEFT_HEAD, "left femoral head"},
        {BME, "bone marrow edema"}, {EFFUSION, "effusion/synovitis"}};
    for (Object[] item : legend) {
      g.setColor((Color) item[0]);
      g.drawRect(lx, ly - 10, 12, 12);
      g.setColor(Color.WHITE);
      g.drawString((String) item[1], lx + 18, ly);
      lx += 30 + g.getFontMetrics().stringWidth((String) item[1]);
    }
    g.setColor(Color.LIGHT_GRAY);
    g.drawString("image left = patient right; anterior to posterior", lx + 10, ly);
    g.dispose();
    return sheet;
  }

  /** One slice, windowed, scaled by box averaging, optionally with the masks outlined. */
  public static BufferedImage slice(PhantomPatient patient, int index, double scale, boolean outlines) {
    FloatImage img = patient.series().slice(index).pixels();
    double m = patient.parameters().muscleSignal();
    double low = PhantomWindow.low(m);
    double high = PhantomWindow.high(m);
    int tw = (int) Math.round(img.width() * scale);
    int th = (int) Math.round(img.height() * scale);
    BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    double step = 1 / scale;
    for (int ty = 0; ty < th; ty++) {
      for (int tx = 0; tx < tw; tx++) {
        int xa = (int) Math.floor(tx * step);
        int ya = (int) Math.floor(ty * step);
        int xb = Math.max(xa + 1, Math.min(img.width(), (int) Math.floor((tx + 1) * step)));
        int yb = Math.max(ya + 1, Math.min(img.height(), (int) Math.floor((ty + 1) * step)));
        double sum = 0;
        for (int y = ya; y < yb; y++) {
          for (int x = xa; x < xb; x++) {
            sum += img.get(x, y);
          }
        }
        double v = sum / ((xb - xa) * (yb - ya));
        int grey = (int) Math.round(255 * Math.max(0, Math.min(1, (v - low) / (high - low))));
        out.setRGB(tx, ty, grey * 0x010101);
      }
    }
    if (outlines) {
      SliceTruth t = patient.truth().get(index);
      outline(out, t.right().head(), scale, RIGHT_HEAD);
      outline(out, t.left().head(), scale, LEFT_HEAD);
      outline(out, t.right().effusion().or(t.left().effusion()), scale, EFFUSION);
      outline(out, t.right().bme().or(t.left().bme()), scale, BME);
    }
    return out;
  }

  private static void outline(BufferedImage out, BinaryMask mask, double scale, Color colour) {
    int rgb = colour.getRGB();
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        if (mask.get(x, y) && isEdge(mask, x, y)) {
          int tx = (int) Math.floor(x * scale);
          int ty = (int) Math.floor(y * scale);
          if (tx < out.getWidth() && ty < out.getHeight()) {
            out.setRGB(tx, ty, rgb);
          }
        }
      }
    }
  }

  private static boolean isEdge(BinaryMask m, int x, int y) {
    return x == 0 || y == 0 || x == m.width() - 1 || y == m.height() - 1
        || !m.get(x - 1, y) || !m.get(x + 1, y) || !m.get(x, y - 1) || !m.get(x, y + 1);
  }

  public static void write(BufferedImage image, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    WholeFile.write(file, temporary -> {
      if (!ImageIO.write(image, "png", temporary.toFile())) {
        throw new IOException("no PNG writer in this Java runtime");
      }
    });
  }
}
