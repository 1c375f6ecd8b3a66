package org.hipspa.testing;

import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.HipLocation;
import org.hipspa.locate.HipLocator;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.segment.HipSide;

/** Locates the femoral heads where the test knows they are, to test the later stages alone. */
public final class FixedLocator implements HipLocator {
  private final Map<HipSide, HipLocation> locations;

  public FixedLocator(Map<HipSide, HipLocation> locations) {
    this.locations = Map.copyOf(locations);
  }

  @Override
  public Map<HipSide, HipLocation> locate(MrSeries series, ProgressListener progress, CancelToken cancel) {
    return locations;
  }
}
