package org.hipspa.dicom.sr;

import org.hipspa.dicom.result.Code;

/** Concepts of our measurement report; each is explained in docs/dicom-codes.md. */
public final class SrCodes {
  private SrCodes() {}

  // TID 1500 structure (DCM).
  public static final Code IMAGING_MEASUREMENT_REPORT = Code.dcm("126000", "Imaging Measurement Report");
  public static final Code LANGUAGE = Code.dcm("121049", "Language of Content Item and Descendants");
  public static final Code ENGLISH = new Code("eng", "RFC5646", "English");
  public static final Code OBSERVER_TYPE = Code.dcm("121005", "Observer Type");
  public static final Code DEVICE = Code.dcm("121007", "Device");
  public static final Code DEVICE_OBSERVER_UID = Code.dcm("121012", "Device Observer UID");
  public static final Code DEVICE_OBSERVER_NAME = Code.dcm("121013", "Device Observer Name");
  public static final Code DEVICE_OBSERVER_MANUFACTURER = Code.dcm("121014", "Device Observer Manufacturer");
  public static final Code DEVICE_OBSERVER_MODEL_NAME = Code.dcm("121015", "Device Observer Model Name");
  public static final Code DEVICE_OBSERVER_SERIAL_NUMBER = Code.dcm("121016", "Device Observer Serial Number");
  public static final Code PROCEDURE_REPORTED = Code.dcm("121058", "Procedure reported");
  public static final Code MRI = new Code("25056-3", "LN", "MRI unspecified body region");
  public static final Code IMAGE_LIBRARY = Code.dcm("111028", "Image Library");
  public static final Code IMAGE_LIBRARY_GROUP = Code.dcm("126200", "Image Library Group");
  public static final Code IMAGING_MEASUREMENTS = Code.dcm("126010", "Imaging Measurements");
  public static final Code MEASUREMENT_GROUP = Code.dcm("125007", "Measurement Group");
  public static final Code TRACKING_IDENTIFIER = Code.dcm("112039", "Tracking Identifier");
  public static final Code TRACKING_UID = Code.dcm("112040", "Tracking Unique Identifier");
  public static final Code FINDING = Code.dcm("121071", "Finding");
  public static final Code SOURCE_IMAGE_FOR_SEGMENTATION = Code.dcm("121233", "Source image for segmentation");
  public static final Code SEGMENTATION = Code.dcm("113076", "Segmentation");
  public static final Code VALUE_INDETERMINATE = Code.dcm("114011", "Value indeterminate");

  // Clinical concepts (SNOMED CT).
  public static final Code INFLAMMATION = Code.sct("23583003", "Inflammation");
  public static final Code FINDING_SITE = Code.sct("363698007", "Finding Site");
  public static final Code LATERALITY = Code.sct("272741003", "Laterality");
  public static final Code BILATERAL = Code.sct("51440002", "Bilateral");
  public static final Code AREA = Code.sct("42798000", "Area");

  // Units (UCUM).
  public static final Code RATIO = Code.ucum("{ratio}", "ratio");
  public static final Code NO_UNITS = Code.ucum("1", "no units");
  public static final Code SQUARE_MM = Code.ucum("mm2", "square millimeter");
  public static final Code SLICES = Code.ucum("{slices}", "slices");

  // Ours: what no standard code says.
  public static final Code UNET_SCORE = Code.hipspa("UNET-SCORE", "UNet-score on HIMRISS slices");
  public static final Code BME_PROPORTION = Code.hipspa("BME-PROP", "BME intensity proportion of femoral head");
  public static final Code EFFUSION_PROPORTION =
      Code.hipspa("EFF-PROP", "Effusion/synovitis intensity proportion of femoral head");
  public static final Code LESION_PROPORTION = Code.hipspa("LESION-PROP", "Lesion intensity proportion of femoral head");
  public static final Code BME_AREA_RATIO = Code.hipspa("BME-AREA-RATIO", "BME area ratio to femoral head");
  public static final Code EFFUSION_AREA_RATIO =
      Code.hipspa("EFF-AREA-RATIO", "Effusion/synovitis area ratio to femoral head");
  public static final Code LESION_AREA_RATIO = Code.hipspa("LES-AREA-RATIO", "Lesion area ratio to femoral head");
  public static final Code SLICES_COUNTED = Code.hipspa("SLICES-COUNTED", "HIMRISS slices counted");
  public static final Code SLICES_NOT_COUNTED =
      Code.hipspa("SLICES-NOTCOUNT", "HIMRISS slices without femoral head");
  public static final Code CENTRAL_SLICES_SETTING = Code.hipspa("SET-CENTRAL", "HIMRISS central slices setting");
  public static final Code ANTERIOR_SLICES_SETTING = Code.hipspa("SET-ANTERIOR", "HIMRISS anterior slices setting");
  public static final Code POSTERIOR_SLICES_SETTING = Code.hipspa("SET-POSTERIOR", "HIMRISS posterior slices setting");
  public static final Code MIN_HEAD_FRACTION_SETTING =
      Code.hipspa("SET-MIN-HEAD", "Minimum femoral head section counted, fraction of the largest");
}
