package org.hipspa.image;

import java.util.Optional;

/**
 * The display window a series' DICOM files carry: Window Center (0028,1050) and Window Width (0028,1051), in the
 * units of the pixels after the modality rescale, which are the units {@link MrSlice} pixels hold.
 */
public record StoredWindow(double centre, double width) {

  public StoredWindow {
    if (!Double.isFinite(centre) || !Double.isFinite(width) || width <= 0) {
      throw new IllegalArgumentException("a stored window needs a finite centre and a positive width");
    }
  }

  /**
   * The window from the first values of Window Center and Window Width (NaN when absent or not a number), or none
   * when either is missing or the width is not positive: a 0/0 pair, as some scanners write, means no window at all.
   */
  public static Optional<StoredWindow> of(double centre, double width) {
    return Double.isFinite(centre) && Double.isFinite(width) && width > 0
        ? Optional.of(new StoredWindow(centre, width))
        : Optional.empty();
  }
}
