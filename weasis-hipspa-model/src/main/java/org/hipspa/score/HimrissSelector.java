package org.hipspa.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a hip's HIMRISS slices (METHOD.md): the central slice has the largest femoral head area;
 * the central block is it and {@code centralHalfWidth} neighbours on each side; then the anterior and
 * posterior blocks beyond it, all clipped to the series.
 */
public final class HimrissSelector {
  private HimrissSelector() {}

  /**
   * @param headAreas the femoral head area of this hip per slice, in slice order
   * @param anteriorFirst true when slice index 0 is the most anterior slice
   */
  public static HipSelection select(List<Double> headAreas, boolean anteriorFirst, HimrissSettings settings) {
    int central = -1;
    double largest = 0;
    for (int i = 0; i < headAreas.size(); i++) {
      double area = headAreas.get(i);
      // Strictly larger: among equal areas the first (in slice order) wins, so the choice is reproducible.
      if (area > largest) {
        largest = area;
        central = i;
      }
    }
    if (central < 0) {
      return HipSelection.none();
    }
    int last = headAreas.size() - 1;
    int half = settings.centralHalfWidth();
    int blockStart = Math.max(0, central - half);
    int blockEnd = Math.min(last, central + half);
    Map<Integer, SliceRole> roles = new HashMap<>();
    for (int i = blockStart; i <= blockEnd; i++) {
      roles.put(i, SliceRole.CENTRAL);
    }
    // Slices with a lower index lie anterior when the series runs anterior to posterior.
    SliceRole lowerRole = anteriorFirst ? SliceRole.ANTERIOR : SliceRole.POSTERIOR;
    SliceRole upperRole = anteriorFirst ? SliceRole.POSTERIOR : SliceRole.ANTERIOR;
    int lowerCount = anteriorFirst ? settings.anteriorSlices() : settings.posteriorSlices();
    int upperCount = anteriorFirst ? settings.posteriorSlices() : settings.anteriorSlices();
    for (int i = blockStart - 1; i >= Math.max(0, blockStart - lowerCount); i--) {
      roles.put(i, lowerRole);
    }
    for (int i = blockEnd + 1; i <= Math.min(last, blockEnd + upperCount); i++) {
      roles.put(i, upperRole);
    }
    return new HipSelection(central, roles);
  }
}
