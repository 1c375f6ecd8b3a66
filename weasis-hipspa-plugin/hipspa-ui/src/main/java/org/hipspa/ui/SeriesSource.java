package org.hipspa.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.segment.SeriesSegmentation;

/**
 * The series the reader chose, loaded on the analysis thread (never on the Swing event thread): Weasis reads its open
 * series, the standalone viewer reads DICOM files.
 */
public interface SeriesSource {

  /** Loads the pixels and geometry; reports {@code Stage.READ}; may take seconds. */
  MrSeries load(ProgressListener progress, CancelToken cancel) throws HipspaException;

  /**
   * The true masks of this series when the study has them (a synthetic phantom's folder), for teaching: the pipeline
   * scores them beside its prediction. Called on the analysis thread after {@link #load}, with what it returned.
   */
  default Optional<SeriesSegmentation> groundTruth(MrSeries loaded) throws HipspaException {
    return Optional.empty();
  }

  /** Files or folders the series came from, never written to; empty when unknown. */
  default List<Path> inputs() {
    return List.of();
  }
}
