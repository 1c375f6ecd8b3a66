package org.hipspa.dicom.seg;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A SEG we wrote, with what the SR needs to point into it: its UIDs and which frame holds which
 * segment on which slice.
 *
 * @param frameNumbers frame number (from 1) by segment number and slice index; absent pairs had an
 *     empty mask and no frame
 */
public record WrittenSegmentation(
    Path file,
    String sopClassUid,
    String sopInstanceUid,
    String seriesInstanceUid,
    Map<FrameKey, Integer> frameNumbers) {

  public WrittenSegmentation {
    frameNumbers = Map.copyOf(frameNumbers);
  }

  public record FrameKey(int segmentNumber, int sliceIndex) {}

  public OptionalInt frameOf(int segmentNumber, int sliceIndex) {
    Integer frame = frameNumbers.get(new FrameKey(segmentNumber, sliceIndex));
    return frame == null ? OptionalInt.empty() : OptionalInt.of(frame);
  }
}
