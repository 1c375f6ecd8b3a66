package org.hipspa.phantom;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Development aid (not a test): colours each pixel of a coronal plane by its topmost layer. */
public final class PhantomLayerMap {
  public static void main(String[] args) throws Exception {
    long seed = Long.parseLong(args[0]);
    double y = Double.parseDouble(args[1]);
    PhantomAnatomy anatomy = new PhantomAnatomy(PhantomRandom.forPurpose(seed, "anatomy"));
    PhantomScene scene = new PhantomScene(anatomy, List.of(), Map.of(), 2.0, 1);
    int w = 512;
    int h = 384;
    double px = 400.0 / 512;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] colours = {0x202020, 0x806040, 0xa00000, 0x404080, 0x008080, 0xc0c000, 0xffffff, 0x00ff00, 0xff00ff,
        0x0000ff, 0xff8000, 0x80ff80, 0x8080ff, 0xff8080, 0x00c0ff, 0xc0c0c0, 0x606060, 0x408040, 0xffc0c0, 0x80c0ff};
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        double x = -(w - 1) / 2.0 * px + c * px;
        double z = 12 + (h - 1) / 2.0 * px - r * px;
        int top = -1;
        for (int i = scene.layers.size() - 1; i >= 0; i--) {
          if (scene.layers.get(i).shape().sdf(x, y, z) <= 0) {
            top = i;
            break;
          }
        }
        img.setRGB(c, r, top < 0 ? 0 : colours[top % colours.length]);
      }
    }
    for (int i = 0; i < scene.layers.size(); i++) {
      System.out.printf("%2d %06x %s%n", i, colours[i % colours.length], scene.layers.get(i).name());
    }
    ContactSheet.write(img, Path.of(args[2]));
  }
}
