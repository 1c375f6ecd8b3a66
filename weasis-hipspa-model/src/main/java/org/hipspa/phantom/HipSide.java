package org.hipspa.phantom;

/**
 * The patient's right or left hip. In DICOM patient coordinates (LPS) the left hip lies at +x, so on a
 * coronal image with ImageOrientationPatient 1\0\0\0\0\-1 the right hip is on the image's left.
 */
public enum HipSide {
  RIGHT(-1),
  LEFT(1);

  private final int sign;

  HipSide(int sign) {
    this.sign = sign;
  }

  /** -1 for right, +1 for left: the sign of the patient x coordinate on this side. */
  public int sign() {
    return sign;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
