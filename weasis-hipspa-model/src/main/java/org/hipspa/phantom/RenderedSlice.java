package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import java.util.EnumMap;
import java.util.Map;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;

/** What the renderer makes of one slice: stored pixel values and the true masks of each hip. */
record RenderedSlice(FloatImage pixels, Map<HipSide, Masks> masks) {

  record Masks(BinaryMask head, BinaryMask bme, BinaryMask effusion) {}

  static RenderedSlice empty(int width, int height) {
    Map<HipSide, Masks> m = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      m.put(side, new Masks(new BinaryMask(width, height), new BinaryMask(width, height), new BinaryMask(width, height)));
    }
    return new RenderedSlice(new FloatImage(width, height), m);
  }
}
