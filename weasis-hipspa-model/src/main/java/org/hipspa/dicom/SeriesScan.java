package org.hipspa.dicom;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a scan found: the series, ordered by series number, and the files it skipped.
 */
public record SeriesScan(List<SeriesCandidate> series, List<SkippedFile> skipped) {

  public SeriesScan {
    series = List.copyOf(series);
    skipped = List.copyOf(skipped);
  }

  public int skippedCount() {
    return skipped.size();
  }

  public Optional<SeriesCandidate> find(String seriesInstanceUid) {
    return series.stream().filter(s -> s.seriesInstanceUid().equals(seriesInstanceUid)).findFirst();
  }

  /**
   * The series to load: the one with this UID, or with a null UID the only series found. Several
   * series and no choice, or an unknown UID, is refused with a sentence that lists them.
   */
  public SeriesCandidate choose(String seriesInstanceUid) throws SeriesChoiceException {
    if (seriesInstanceUid == null || seriesInstanceUid.isBlank()) {
      if (series.size() == 1) {
        return series.get(0);
      }
      throw new SeriesChoiceException("The input holds " + series.size() + " series (" + list()
          + "); choose one with --series UID.");
    }
    return find(seriesInstanceUid.trim()).orElseThrow(() -> new SeriesChoiceException(
        "No series has the UID " + seriesInstanceUid.trim() + "; the input holds " + list()
            + ", so choose one of these with --series UID."));
  }

  private String list() {
    return series.stream().map(SeriesCandidate::label).collect(Collectors.joining(", "));
  }
}
