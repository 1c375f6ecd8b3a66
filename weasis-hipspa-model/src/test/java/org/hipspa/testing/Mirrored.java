package org.hipspa.testing;

import org.hipspa.image.FloatImage;

/** An image mirrored left to right, as mirror averaging flips the network's input and output. */
public final class Mirrored {
  private Mirrored() {}

  public static FloatImage leftRight(FloatImage image) {
    FloatImage out = new FloatImage(image.width(), image.height());
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        out.set(image.width() - 1 - x, y, image.get(x, y));
      }
    }
    return out;
  }
}
