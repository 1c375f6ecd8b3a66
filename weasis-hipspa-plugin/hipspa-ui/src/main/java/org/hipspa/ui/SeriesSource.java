package org.hipspa.ui;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;

/**
 * The series the reader chose, loaded on the analysis thread (never on the Swing event thread): Weasis reads its open
 * series, the standalone viewer reads DICOM files.
 */
public interface SeriesSource {

  /** Loads the pixels and geometry; reports {@code Stage.READ}; may take seconds. */
  MrSeries load(ProgressListener progress, CancelToken cancel) throws HipspaException;

  /** Files or folders the series came from, never written to; empty when unknown. */
  default List<Path> inputs() {
    return List.of();
  }
}
