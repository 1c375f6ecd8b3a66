package org.hipspa.image;

/** The series-level attributes that {@link SeriesAssembler} copies into an {@link MrSeries}. */
public record SeriesHeader(
    StudyInfo study,
    String seriesInstanceUid,
    String frameOfReferenceUid,
    int seriesNumber,
    String seriesDescription,
    String modality,
    double sliceThicknessMm) {

  /** How the series is named in messages: number and description, never patient data. */
  public String displayName() {
    String description = seriesDescription == null || seriesDescription.isBlank() ? "" : " \"" + seriesDescription.trim() + "\"";
    return "#" + seriesNumber + description;
  }
}
