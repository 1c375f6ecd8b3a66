package org.hipspa.phantom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.segment.SeriesSegmentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The true masks of a study that is a synthetic phantom patient's folder (or its dicom/ folder), for teaching and
 * validation: what `hipspa analyze` reports beside the prediction and the viewer's teaching mode shows.
 */
public final class PhantomStudyTruth {

  private static final Logger LOG = LoggerFactory.getLogger(PhantomStudyTruth.class);

  private PhantomStudyTruth() {}

  /** Empty for a hospital's study, and for a phantom folder whose truth does not match the series read. */
  public static Optional<SeriesSegmentation> find(Path study, MrSeries series) {
    Path in = study.toAbsolutePath().normalize();
    Path folder = Files.exists(in.resolve(PhantomWriter.LABELS_JSON)) ? in : in.getParent();
    if (folder == null || !Files.exists(folder.resolve(PhantomWriter.LABELS_JSON))) {
      return Optional.empty();
    }
    try {
      var phantom = PhantomReader.read(folder);
      if (phantom.truth().size() != series.size()) {
        LOG.warn("Phantom truth has {} slices, the series {}: no ground truth", phantom.truth().size(), series.size());
        return Optional.empty();
      }
      return Optional.of(PhantomTruth.segmentation(series.seriesInstanceUid(), phantom.truth()));
    } catch (HipspaException | IOException | RuntimeException e) {
      LOG.warn("Phantom truth unreadable: no ground truth", e);
      return Optional.empty();
    }
  }
}
