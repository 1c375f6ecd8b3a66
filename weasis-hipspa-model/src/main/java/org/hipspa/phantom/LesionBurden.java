package org.hipspa.phantom;

/**
 * The true lesion volumes of one patient, from the slice masks (mask pixels x pixel area x slice step), mm³.
 */
public record LesionBurden(double bmeRightMm3, double bmeLeftMm3, double effusionRightMm3, double effusionLeftMm3) {

  public double totalMm3() {
    return bmeRightMm3 + bmeLeftMm3 + effusionRightMm3 + effusionLeftMm3;
  }

  public double bmeMm3() {
    return bmeRightMm3 + bmeLeftMm3;
  }

  public double effusionMm3() {
    return effusionRightMm3 + effusionLeftMm3;
  }
}
