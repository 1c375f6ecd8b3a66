package org.hipspa.segment;

/**
 * The patient's side. On a coronal slice in the usual orientation (columns increasing toward the
 * patient's left) the right hip is on the image's left.
 */
public enum HipSide {
  RIGHT(-1),
  LEFT(1);

  private final int sign;

  HipSide(int sign) {
    this.sign = sign;
  }

  /** -1 for right, +1 for left: the sign of the patient x coordinate (DICOM LPS) on this side. */
  public int sign() {
    return sign;
  }

  public String label() {
    return this == RIGHT ? "right" : "left";
  }
}
