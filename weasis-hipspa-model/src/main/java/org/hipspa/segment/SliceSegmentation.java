package org.hipspa.segment;

import java.util.EnumMap;
import java.util.Map;

/** Both hips' masks on one slice of the series. */
public record SliceSegmentation(HipMasks right, HipMasks left) {

  public HipMasks hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }

  public Map<HipSide, HipMasks> bySide() {
    Map<HipSide, HipMasks> map = new EnumMap<>(HipSide.class);
    map.put(HipSide.RIGHT, right);
    map.put(HipSide.LEFT, left);
    return map;
  }
}
