package org.hipspa.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hipspa.image.SliceOrientation;

/**
 * One series found by a scan, described from the file headers alone (no pixels read), so a person
 * can choose among several. Load it with {@link DicomSeriesReader#load}.
 *
 * @param imageCount the number of DICOM files (instances) in the series
 * @param frameCount the number of frames in those files, which become slices (an enhanced
 *     multi-frame file holds many)
 * @param orientation from the first image's ImageOrientationPatient; null when it has none
 * @param pixelSpacingRowMm PixelSpacing[0], between rows, of the first image; NaN when absent
 * @param pixelSpacingColumnMm PixelSpacing[1], between columns; NaN when absent
 * @param files the series' files, in path order (not slice order: loading sorts along the normal)
 */
public record SeriesCandidate(
    String seriesInstanceUid,
    int seriesNumber,
    String seriesDescription,
    String modality,
    int rows,
    int columns,
    int imageCount,
    int frameCount,
    SliceOrientation orientation,
    double pixelSpacingRowMm,
    double pixelSpacingColumnMm,
    List<Path> files) {

  public SeriesCandidate {
    files = List.copyOf(files);
  }

  /** For messages and lists: number, description and UID, never patient data. */
  public String label() {
    String description = seriesDescription == null || seriesDescription.isBlank() ? "" : " \"" + seriesDescription.trim() + "\"";
    return String.format(Locale.ROOT, "#%d%s (UID %s)", seriesNumber, description, seriesInstanceUid);
  }
}
