package org.hipspa.weasis;

/**
 * The DICOM tag numbers the adapter reads through Weasis's {@code TagD}, the same values as dcm4che's
 * {@code org.dcm4che3.data.Tag} (which Weasis exports but no repository we reach publishes). Compile-time constants:
 * the bundle imports nothing for them.
 */
final class DicomTags {
  static final int SOP_CLASS_UID = 0x00080016;
  static final int SOP_INSTANCE_UID = 0x00080018;
  static final int STUDY_DATE = 0x00080020;
  static final int STUDY_TIME = 0x00080030;
  static final int ACCESSION_NUMBER = 0x00080050;
  static final int MODALITY = 0x00080060;
  static final int REFERRING_PHYSICIAN_NAME = 0x00080090;
  static final int STUDY_DESCRIPTION = 0x00081030;
  static final int SERIES_DESCRIPTION = 0x0008103E;
  static final int PATIENT_NAME = 0x00100010;
  static final int PATIENT_ID = 0x00100020;
  static final int PATIENT_BIRTH_DATE = 0x00100030;
  static final int PATIENT_SEX = 0x00100040;
  static final int SLICE_THICKNESS = 0x00180050;
  static final int STUDY_INSTANCE_UID = 0x0020000D;
  static final int SERIES_INSTANCE_UID = 0x0020000E;
  static final int STUDY_ID = 0x00200010;
  static final int SERIES_NUMBER = 0x00200011;
  static final int INSTANCE_NUMBER = 0x00200013;
  static final int IMAGE_POSITION_PATIENT = 0x00200032;
  static final int IMAGE_ORIENTATION_PATIENT = 0x00200037;
  static final int FRAME_OF_REFERENCE_UID = 0x00200052;
  static final int PIXEL_SPACING = 0x00280030;
  static final int RESCALE_INTERCEPT = 0x00281052;
  static final int RESCALE_SLOPE = 0x00281053;

  private DicomTags() {}
}
