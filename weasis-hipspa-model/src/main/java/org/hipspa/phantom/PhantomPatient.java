package org.hipspa.phantom;

import java.util.List;
import org.hipspa.image.MrSeries;

/**
 * One synthetic patient in memory: the coronal STIR series as the pipeline reads it, and the exact
 * ground truth of every slice (same order as {@code series.slices()}).
 */
public record PhantomPatient(PhantomParameters parameters, MrSeries series, List<SliceTruth> truth) {

  public PhantomPatient {
    truth = List.copyOf(truth);
    if (truth.size() != series.size()) {
      throw new IllegalArgumentException("one truth per slice is needed");
    }
  }
}
