package org.hipspa.image;

/** The anatomical plane a slice lies in, named by the patient axis its normal is closest to. */
public enum Plane {
  /** Normal along the patient's left-right axis (x). */
  SAGITTAL,
  /** Normal along the patient's anterior-posterior axis (y). */
  CORONAL,
  /** Normal along the patient's head-foot axis (z). */
  AXIAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
