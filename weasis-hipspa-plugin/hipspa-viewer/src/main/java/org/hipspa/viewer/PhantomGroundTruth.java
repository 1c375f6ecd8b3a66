package org.hipspa.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.phantom.PhantomReader;
import org.hipspa.phantom.PhantomTruth;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.segment.SeriesSegmentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The true masks of a study that is a synthetic phantom patient's folder (or its dicom/ folder), for teaching mode. */
final class PhantomGroundTruth {

  private static final Logger LOG = LoggerFactory.getLogger(PhantomGroundTruth.class);

  private PhantomGroundTruth() {}

  /** Empty for a hospital's study, and for a phantom folder whose truth does not match the series read. */
  static Optional<SeriesSegmentation> find(Path study, MrSeries series) {
    Path in = study.toAbsolutePath().normalize();
    Path folder = Files.exists(in.resolve(PhantomWriter.LABELS_JSON)) ? in : in.getParent();
    if (folder == null || !Files.exists(folder.resolve(PhantomWriter.LABELS_JSON))) {
      return Optional.empty();
    }
    try {
      var phantom = PhantomReader.read(folder);
      if (phantom.truth().size() != series.size()) {
        LOG.warn("phantom truth has {} slices, the series {}: no teaching view", phantom.truth().size(), series.size());
        return Optional.empty();
      }
      return Optional.of(PhantomTruth.segmentation(series.seriesInstanceUid(), phantom.truth()));
    } catch (HipspaException | IOException | RuntimeException e) {
      LOG.warn("phantom truth unreadable: no teaching view", e);
      return Optional.empty();
    }
  }
}
