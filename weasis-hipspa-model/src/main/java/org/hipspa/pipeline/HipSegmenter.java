package org.hipspa.pipeline;

import java.util.Map;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;

/**
 * The segment stage: masks for both hips on every slice, from the crop boxes the locate stage
 * placed. The network is one implementation; tests also segment with a phantom's ground truth to
 * check the other stages on their own.
 */
public interface HipSegmenter {

  ModelDescription model();

  SeriesSegmentation segment(MrSeries series, Map<HipSide, CropBox> boxes, ProgressListener progress, CancelToken cancel)
      throws HipspaException;
}
