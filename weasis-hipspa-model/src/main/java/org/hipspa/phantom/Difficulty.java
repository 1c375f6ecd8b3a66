package org.hipspa.phantom;

/**
 * How hard the images are to read: noise, coil bias, pose spread and lesion contrast. The ranges are
 * drawn per patient from the seed; the numbers here are the only place they are set.
 */
public enum Difficulty {
  EASY(14, 22, 0.08, 2.0, 1.0, 4, 3, 0.04, 2.3, 0.25),
  MEDIUM(7, 13, 0.20, 4.0, 2.0, 10, 5, 0.07, 2.0, 0.35),
  HARD(4, 7, 0.35, 7.0, 4.0, 15, 6, 0.10, 1.6, 0.45);

  /** Signal-to-noise ratio of muscle (muscle signal over the Gaussian noise sigma), low and high. */
  final double snrLow;
  final double snrHigh;
  /** Peak relative change of the smooth coil bias field across the field of view. */
  final double biasAmplitude;
  /** Largest in-plane (coronal) rotation of the patient, degrees. */
  final double rollDegrees;
  /** Largest pelvic tilt and yaw, degrees. */
  final double tiltDegrees;
  /** Largest left-right and head-foot shift of the patient, mm. */
  final double shiftMm;
  /** Largest front-back shift of the patient, mm. */
  final double shiftYMm;
  /** Largest relative change of body size. */
  final double scaleSpread;
  /** Signal of fully developed bone marrow edema, relative to muscle. */
  final double bmeSignal;
  /** Half-width of a lesion's soft edge, as a fraction of its radius. */
  final double bmeSoftness;

  Difficulty(double snrLow, double snrHigh, double biasAmplitude, double rollDegrees, double tiltDegrees,
      double shiftMm, double shiftYMm, double scaleSpread, double bmeSignal, double bmeSoftness) {
    this.snrLow = snrLow;
    this.snrHigh = snrHigh;
    this.biasAmplitude = biasAmplitude;
    this.rollDegrees = rollDegrees;
    this.tiltDegrees = tiltDegrees;
    this.shiftMm = shiftMm;
    this.shiftYMm = shiftYMm;
    this.scaleSpread = scaleSpread;
    this.bmeSignal = bmeSignal;
    this.bmeSoftness = bmeSoftness;
  }
}
