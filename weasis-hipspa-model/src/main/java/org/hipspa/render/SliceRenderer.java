package org.hipspa.render;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;

/**
 * Draws a slice in grey with its masks on top: lesions as translucent fills, the femoral head as an
 * outline (so the marrow under it stays visible). Pure pixel work, no Swing: reports, the
 * standalone viewer and screenshots all use it.
 */
public final class SliceRenderer {
  private SliceRenderer() {}

  /**
   * @param region the part of the slice to draw (slice pixel coordinates), clipped to the slice
   * @param masks the slice's masks, or null for the image alone
   */
  public static BufferedImage render(FloatImage pixels, DisplayWindow window, Rectangle region,
      SliceSegmentation masks, Set<Structure> visible, float fillOpacity) {
    Rectangle r = region.intersection(new Rectangle(0, 0, pixels.width(), pixels.height()));
    BufferedImage out = new BufferedImage(Math.max(1, r.width), Math.max(1, r.height), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < r.height; y++) {
      for (int x = 0; x < r.width; x++) {
        int g = window.grey(pixels.get(r.x + x, r.y + y));
        out.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    if (masks == null) {
      return out;
    }
    for (Structure structure : new Structure[] {Structure.EFFUSION, Structure.BME, Structure.FEMORAL_HEAD}) {
      if (!visible.contains(structure)) {
        continue;
      }
      StructureStyle style = StructureStyle.of(structure);
      for (HipMasks hip : new HipMasks[] {masks.right(), masks.left()}) {
        BinaryMask mask = hip.get(structure);
        if (style.filled()) {
          fill(out, mask, r, style.colour(), fillOpacity);
        } else {
          outline(out, mask, r, style.colour());
        }
      }
    }
    return out;
  }

  private static void fill(BufferedImage out, BinaryMask mask, Rectangle r, Color colour, float opacity) {
    for (int y = 0; y < r.height; y++) {
      for (int x = 0; x < r.width; x++) {
        if (mask.get(r.x + x, r.y + y)) {
          out.setRGB(x, y, blend(out.getRGB(x, y), colour, opacity));
        }
      }
    }
  }

  private static void outline(BufferedImage out, BinaryMask mask, Rectangle r, Color colour) {
    int w = mask.width();
    int h = mask.height();
    for (int y = 0; y < r.height; y++) {
      for (int x = 0; x < r.width; x++) {
        int sx = r.x + x;
        int sy = r.y + y;
        if (mask.get(sx, sy)
            && (sx == 0 || sy == 0 || sx == w - 1 || sy == h - 1
                || !mask.get(sx - 1, sy) || !mask.get(sx + 1, sy) || !mask.get(sx, sy - 1) || !mask.get(sx, sy + 1))) {
          out.setRGB(x, y, colour.getRGB());
        }
      }
    }
  }

  private static int blend(int rgb, Color colour, float a) {
    int r = (int) (((rgb >> 16) & 0xff) * (1 - a) + colour.getRed() * a);
    int g = (int) (((rgb >> 8) & 0xff) * (1 - a) + colour.getGreen() * a);
    int b = (int) ((rgb & 0xff) * (1 - a) + colour.getBlue() * a);
    return (r << 16) | (g << 8) | b;
  }
}
