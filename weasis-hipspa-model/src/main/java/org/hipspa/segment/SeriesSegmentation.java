package org.hipspa.segment;

import java.util.List;

/**
 * Masks for every slice of one series, index for index with {@code MrSeries.slices()}; what the
 * network (or ground truth, or a stored DICOM SEG) says about the series.
 */
public record SeriesSegmentation(String seriesInstanceUid, List<SliceSegmentation> slices) {

  public SeriesSegmentation {
    slices = List.copyOf(slices);
  }

  public SliceSegmentation slice(int index) {
    return slices.get(index);
  }

  public int size() {
    return slices.size();
  }
}
