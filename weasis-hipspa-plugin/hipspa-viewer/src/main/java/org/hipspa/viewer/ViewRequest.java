package org.hipspa.viewer;

import java.nio.file.Path;

/**
 * What the viewer is asked to open.
 *
 * @param study a folder (searched recursively) or file of DICOM images
 * @param seriesUid the series to show when the study holds several, or null
 * @param model the model folder for Analyse, or null for the shipped one (hipspa.model)
 * @param result a SEG file written by HipSpA, or a result folder holding one, to show instead of analysing; or null
 *     to look for one inside the study folder and in the folders beside it
 * @param ignoreStoredResults true to analyse even when a stored result lies in or beside the study
 */
public record ViewRequest(Path study, String seriesUid, Path model, Path result, boolean ignoreStoredResults) {

  /** Shows the stored result of the study when there is one. */
  public ViewRequest(Path study, String seriesUid, Path model, Path result) {
    this(study, seriesUid, model, result, false);
  }
}
