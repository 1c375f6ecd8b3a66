package org.hipspa.train;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.Structure;

/**
 * Finds the crops whose true femoral head section is a thin cap: non-empty and smaller than a fraction of
 * the largest head section among the crops of the same hip, in pixels of the crop (crops are resampled to
 * one pixel size, so areas compare within a series).
 *
 * <p>A hip is a series and a side. A crop carries no image position, so the side is read from its label:
 * {@link PhantomCropSource} ends every label with the side ("phantom-0001 slice 3 right"), and a crop
 * folder whose labels end in "left" or "right" is grouped the same way. Crops whose label names no side
 * are grouped with the other such crops of their series (both hips together); that can only make the
 * largest section a little larger than the own hip's, so a few more crops count as thin, and it changes
 * how often a crop is shown, never its pixels or its truth.
 */
public final class ThinSections {
  private static final Pattern SIDE_AT_END = Pattern.compile("(?:^|[^\\p{Alpha}])(left|right)\\s*$", Pattern.CASE_INSENSITIVE);

  /** A series and side; {@code side} is null when the label names none. */
  record Hip(String seriesId, HipSide side) {}

  private ThinSections() {}

  /** Per crop, whether its head section is non-empty and under {@code fraction} of its hip's largest. */
  static boolean[] thin(List<CropSample> crops, double fraction) {
    Map<Hip, Integer> largest = new HashMap<>();
    int[] area = new int[crops.size()];
    for (int i = 0; i < crops.size(); i++) {
      area[i] = crops.get(i).mask(Structure.FEMORAL_HEAD).count();
      largest.merge(hipOf(crops.get(i)), area[i], Math::max);
    }
    boolean[] thin = new boolean[crops.size()];
    for (int i = 0; i < crops.size(); i++) {
      thin[i] = area[i] > 0 && area[i] < fraction * largest.get(hipOf(crops.get(i)));
    }
    return thin;
  }

  static Hip hipOf(CropSample crop) {
    return new Hip(crop.seriesId(), sideOf(crop.label()).orElse(null));
  }

  /** The side a label ends with ("... right", "p1_s3_LEFT"), if any. */
  static Optional<HipSide> sideOf(String label) {
    Matcher m = SIDE_AT_END.matcher(label);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).toLowerCase(Locale.ROOT).equals("left") ? HipSide.LEFT : HipSide.RIGHT);
  }
}
