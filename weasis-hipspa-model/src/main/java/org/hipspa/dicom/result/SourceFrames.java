package org.hipspa.dicom.result;

import java.util.Set;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;

/** Whether a reference to a source slice must name its frame. */
public final class SourceFrames {
  /** Enhanced MR, Enhanced MR Color and Legacy Converted Enhanced MR: multi-frame by definition. */
  private static final Set<String> MULTI_FRAME_CLASSES = Set.of(
      "1.2.840.10008.5.1.4.1.1.4.1", "1.2.840.10008.5.1.4.1.1.4.3", "1.2.840.10008.5.1.4.1.1.4.4");

  private SourceFrames() {}

  /**
   * True when the slice is one frame of a multi-frame object (by SOP class, by a frame number above
   * 1, or because another slice of the series comes from the same instance), so a reference to it
   * must carry ReferencedFrameNumber; a single-frame image must not.
   */
  public static boolean isFrameOfMultiFrameObject(MrSeries series, MrSlice slice) {
    if (MULTI_FRAME_CLASSES.contains(slice.sopClassUid()) || slice.frameNumber() > 1) {
      return true;
    }
    return series.slices().stream()
        .filter(s -> s.sopInstanceUid().equals(slice.sopInstanceUid()))
        .limit(2)
        .count() > 1;
  }
}
