package org.weasis.dicom.explorer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.explorer.HangingProtocols}
 * (weasis-dicom/weasis-dicom-explorer/src/main/java/org/weasis/dicom/explorer/HangingProtocols.java): only the
 * {@link OpeningViewer} choice of an import (whether it opens a viewer).
 */
public class HangingProtocols {

  public enum OpeningViewer {
    NONE,
    ONE_PATIENT,
    ONE_PATIENT_CLEAN,
    ALL_PATIENTS,
    ALL_PATIENTS_CLEAN
  }
}
