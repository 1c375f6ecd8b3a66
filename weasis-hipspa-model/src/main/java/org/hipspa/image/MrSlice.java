package org.hipspa.image;

/**
 * One slice of an MR series. {@code frameNumber} is 1 for a single-frame image and the frame's
 * number (from 1) inside an enhanced multi-frame object. {@code positionMm} is the slice's position
 * along the series normal (the dot product of its ImagePositionPatient with the normal), which is
 * what the slice table shows.
 */
public record MrSlice(
    String sopInstanceUid,
    String sopClassUid,
    int frameNumber,
    int instanceNumber,
    SliceGeometry geometry,
    double positionMm,
    FloatImage pixels) {

  public int width() {
    return pixels.width();
  }

  public int height() {
    return pixels.height();
  }
}
