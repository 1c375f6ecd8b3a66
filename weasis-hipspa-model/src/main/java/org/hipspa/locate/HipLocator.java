package org.hipspa.locate;

import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.segment.HipSide;

/** The locate stage: where each femoral head is, so one crop box per hip can be placed. */
public interface HipLocator {

  /** @throws NotAHipSeriesException when a femoral head cannot be found on either side */
  Map<HipSide, HipLocation> locate(MrSeries series, ProgressListener progress, CancelToken cancel)
      throws NotAHipSeriesException, AnalysisCancelledException;
}
