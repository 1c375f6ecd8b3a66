package org.hipspa.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a host puts the DICOM results the reader saved, so that they join the open study: Weasis imports them into its
 * DICOM explorer and shows the SEG over the series with its own segmentation tools. The standalone viewer has no
 * study to add to.
 */
@FunctionalInterface
public interface StudyImport {

  /**
   * Hands the saved files to the host's importer (it loads them in its own background task).
   *
   * @param files DICOM files that exist and are complete
   * @return false when the analysed series belongs to no study the host can add to
   */
  boolean addToStudy(List<Path> files);
}
