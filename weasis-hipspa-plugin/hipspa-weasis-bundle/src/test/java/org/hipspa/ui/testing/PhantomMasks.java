package org.hipspa.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.phantom.HipTruth;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.SliceTruth;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;

/** A phantom patient's ground truth as the pipeline's segmentation, for analyses with known masks. */
public final class PhantomMasks {
  private PhantomMasks() {}

  public static SeriesSegmentation of(PhantomPatient patient) {
    List<SliceSegmentation> slices = new ArrayList<>();
    for (SliceTruth truth : patient.truth()) {
      slices.add(new SliceSegmentation(masks(truth.right()), masks(truth.left())));
    }
    return new SeriesSegmentation(patient.series().seriesInstanceUid(), slices);
  }

  private static HipMasks masks(HipTruth hip) {
    return new HipMasks(hip.head(), hip.bme(), hip.effusion());
  }
}
