package org.hipspa.net;

/** Told after each batch how many crops of the series are done. */
@FunctionalInterface
public interface SegmentationProgress {
  SegmentationProgress NONE = (done, total) -> {};

  void cropsDone(int done, int total);
}
