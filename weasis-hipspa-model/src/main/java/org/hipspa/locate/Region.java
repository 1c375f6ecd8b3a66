package org.hipspa.locate;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;

/** A 4-connected region of a mask: its pixels' indices and centroid. */
record Region(int[] indices, int width, double centroidX, double centroidY) {

  int pixels() {
    return indices.length;
  }

  double sum(FloatImage image) {
    double s = 0;
    float[] v = image.values();
    for (int i : indices) {
      s += v[i];
    }
    return s;
  }

  static List<Region> of(BinaryMask mask) {
    int w = mask.width();
    int h = mask.height();
    boolean[] seen = new boolean[w * h];
    List<Region> regions = new ArrayList<>();
    int[] stack = new int[w * h];
    for (int start = 0; start < w * h; start++) {
      if (seen[start] || !mask.get(start % w, start / w)) {
        continue;
      }
      List<Integer> members = new ArrayList<>();
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      double sx = 0;
      double sy = 0;
      while (top > 0) {
        int i = stack[--top];
        members.add(i);
        int x = i % w;
        int y = i / w;
        sx += x;
        sy += y;
        int[][] neighbours = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
        for (int[] n : neighbours) {
          if (n[0] >= 0 && n[1] >= 0 && n[0] < w && n[1] < h) {
            int j = n[1] * w + n[0];
            if (!seen[j] && mask.get(n[0], n[1])) {
              seen[j] = true;
              stack[top++] = j;
            }
          }
        }
      }
      int[] indices = members.stream().mapToInt(Integer::intValue).toArray();
      regions.add(new Region(indices, w, sx / indices.length, sy / indices.length));
    }
    return regions;
  }
}
