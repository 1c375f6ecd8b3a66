package org.hipspa.ui;

import java.util.Optional;

/** What the side panel needs from the application around it: the chosen series, and where to show slices and layers. */
public interface AnalysisHost {

  /** The series to analyse now, or empty when none is open (called on the Swing event thread; must not load pixels). */
  Optional<SeriesSource> selectedSeries();

  SliceNavigator navigator();

  LesionLayers layers();

  /** Where saved DICOM results join the open study; empty when the host has none. */
  default Optional<StudyImport> studyImport() {
    return Optional.empty();
  }
}
