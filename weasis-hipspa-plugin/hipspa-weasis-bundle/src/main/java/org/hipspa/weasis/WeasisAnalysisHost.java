package org.hipspa.weasis;

import java.util.Optional;
import org.hipspa.ui.AnalysisHost;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.SeriesSource;
import org.hipspa.ui.SliceNavigator;

/** Weasis as the side panel's host: the selected series of the 2D viewer, its slider, its images' graphic layers. */
final class WeasisAnalysisHost implements AnalysisHost {

  @Override
  public Optional<SeriesSource> selectedSeries() {
    return Optional.empty();
  }

  @Override
  public SliceNavigator navigator() {
    return SliceNavigator.NONE;
  }

  @Override
  public LesionLayers layers() {
    return LesionLayers.NONE;
  }
}
