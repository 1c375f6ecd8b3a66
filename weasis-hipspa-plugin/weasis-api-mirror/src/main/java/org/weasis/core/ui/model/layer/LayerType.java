package org.weasis.core.ui.model.layer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.model.layer.LayerType}
 * (weasis-core/src/main/java/org/weasis/core/ui/model/layer/LayerType.java), the constants in Weasis's order. The
 * plugin uses DICOM_RT, which Weasis 4.7.2 itself leaves unused; DICOM_SEG is cleared by the viewer on image change.
 */
public enum LayerType {
  IMAGE,
  CROSSLINES,
  ANNOTATION,
  DRAW,
  MEASURE,
  TEMP_DRAW,
  BLOB,
  POINTS,
  DICOM_SEG,
  DICOM_SR,
  DICOM_RT,
  DICOM_PR
}
