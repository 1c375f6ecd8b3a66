package org.hipspa.score;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The slices one hip is scored on, by slice index, with their roles. {@code centralSliceIndex} is
 * the slice with the largest femoral head, or -1 when no slice shows one (then the map is empty).
 */
public record HipSelection(int centralSliceIndex, Map<Integer, SliceRole> roles) {

  public HipSelection {
    roles = Collections.unmodifiableMap(new TreeMap<>(roles));
  }

  public static HipSelection none() {
    return new HipSelection(-1, Map.of());
  }

  public boolean isEmpty() {
    return centralSliceIndex < 0;
  }

  public SliceRole roleOf(int sliceIndex) {
    return roles.get(sliceIndex);
  }
}
