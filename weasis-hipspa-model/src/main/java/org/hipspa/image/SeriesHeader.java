package org.hipspa.image;

import java.util.Optional;

/**
 * The series-level attributes that {@link SeriesAssembler} copies into an {@link MrSeries}.
 *
 * @param storedWindow the window the series' DICOM files carry, or empty when they carry none (or the reader, like
 *     the Weasis adapter, does not pass one)
 */
public record SeriesHeader(
    StudyInfo study,
    String seriesInstanceUid,
    String frameOfReferenceUid,
    int seriesNumber,
    String seriesDescription,
    String modality,
    double sliceThicknessMm,
    Optional<StoredWindow> storedWindow) {

  public SeriesHeader {
    storedWindow = storedWindow == null ? Optional.empty() : storedWindow;
  }

  /** A header without a stored window. */
  public SeriesHeader(StudyInfo study, String seriesInstanceUid, String frameOfReferenceUid, int seriesNumber,
      String seriesDescription, String modality, double sliceThicknessMm) {
    this(study, seriesInstanceUid, frameOfReferenceUid, seriesNumber, seriesDescription, modality, sliceThicknessMm,
        Optional.empty());
  }

  /** How the series is named in messages: number and description, never patient data. */
  public String displayName() {
    String description = seriesDescription == null || seriesDescription.isBlank() ? "" : " \"" + seriesDescription.trim() + "\"";
    return "#" + seriesNumber + description;
  }
}
