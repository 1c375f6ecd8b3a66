package org.hipspa.phantom;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;

/** A phantom's ground truth in the form the pipeline scores and renders. */
public final class PhantomTruth {
  private PhantomTruth() {}

  public static SeriesSegmentation segmentation(PhantomPatient patient) {
    return segmentation(patient.series().seriesInstanceUid(), patient.truth());
  }

  public static SeriesSegmentation segmentation(String seriesInstanceUid, List<SliceTruth> truth) {
    List<SliceSegmentation> slices = new ArrayList<>(truth.size());
    for (SliceTruth t : truth) {
      slices.add(new SliceSegmentation(masks(t.hip(HipSide.RIGHT)), masks(t.hip(HipSide.LEFT))));
    }
    return new SeriesSegmentation(seriesInstanceUid, slices);
  }

  private static HipMasks masks(HipTruth hip) {
    return new HipMasks(hip.head(), hip.bme(), hip.effusion());
  }
}
