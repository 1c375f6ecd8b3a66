package org.hipspa.ui;

import java.awt.geom.Path2D;
import java.util.Arrays;
import org.hipspa.image.BinaryMask;

/**
 * A mask as a shape along its pixels' edges, in image pixel coordinates (pixel (x, y) covers the square from (x, y) to
 * (x + 1, y + 1)), so a viewer draws it exactly over the pixels at any zoom. Holes stay holes: outer boundaries run
 * clockwise on screen and holes counter-clockwise, filled with the non-zero rule.
 */
public final class MaskShapes {

  private MaskShapes() {}

  public static Path2D outline(BinaryMask mask) {
    int w = mask.width();
    int h = mask.height();
    int stride = w + 1;
    int vertices = stride * (h + 1);
    // A vertex has at most two outgoing boundary edges (where two pixels touch only at a corner).
    int[] first = new int[vertices];
    int[] second = new int[vertices];
    Arrays.fill(first, -1);
    Arrays.fill(second, -1);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (!mask.get(x, y)) {
          continue;
        }
        int topLeft = y * stride + x;
        int topRight = topLeft + 1;
        int bottomLeft = topLeft + stride;
        int bottomRight = bottomLeft + 1;
        if (y == 0 || !mask.get(x, y - 1)) {
          link(first, second, topLeft, topRight);
        }
        if (x == w - 1 || !mask.get(x + 1, y)) {
          link(first, second, topRight, bottomRight);
        }
        if (y == h - 1 || !mask.get(x, y + 1)) {
          link(first, second, bottomRight, bottomLeft);
        }
        if (x == 0 || !mask.get(x - 1, y)) {
          link(first, second, bottomLeft, topLeft);
        }
      }
    }
    Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO);
    int[] loop = new int[16];
    for (int start = 0; start < vertices; start++) {
      while (first[start] >= 0 || second[start] >= 0) {
        int length = 0;
        int at = start;
        do {
          if (length == loop.length) {
            loop = Arrays.copyOf(loop, length * 2);
          }
          loop[length++] = at;
          at = take(first, second, at);
        } while (at != start);
        addCorners(path, loop, length, stride);
      }
    }
    return path;
  }

  private static void link(int[] first, int[] second, int from, int to) {
    if (first[from] < 0) {
      first[from] = to;
    } else {
      second[from] = to;
    }
  }

  private static int take(int[] first, int[] second, int from) {
    int to;
    if (first[from] >= 0) {
      to = first[from];
      first[from] = -1;
    } else {
      to = second[from];
      second[from] = -1;
    }
    return to;
  }

  /** Adds the loop's corners only: vertices where the direction changes. */
  private static void addCorners(Path2D.Float path, int[] loop, int length, int stride) {
    boolean started = false;
    for (int i = 0; i < length; i++) {
      int previous = loop[(i + length - 1) % length];
      int current = loop[i];
      int next = loop[(i + 1) % length];
      if (current - previous == next - current) {
        continue;
      }
      float x = current % stride;
      float y = current / stride;
      if (started) {
        path.lineTo(x, y);
      } else {
        path.moveTo(x, y);
        started = true;
      }
    }
    path.closePath();
  }
}
