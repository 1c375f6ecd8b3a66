package org.hipspa.train;

import java.util.List;
import org.hipspa.HipspaException;

/**
 * Where training crops come from: a folder of crops ({@link CropFolder}) today, the synthetic
 * phantom cohort later (an adapter that crops each phantom slice around its known head centres).
 */
public interface CropSource {
  /** All crops, every series of every patient. */
  List<CropSample> crops() throws HipspaException;

  /** What the data is, for the model manifest's provenance (e.g. "synthetic hip phantom, seed 7"). */
  String description();
}
