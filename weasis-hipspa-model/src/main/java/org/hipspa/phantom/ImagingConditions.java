package org.hipspa.phantom;

/**
 * The scanner side of one patient: signal scale, noise and a smooth multiplicative coil bias field over
 * the field of view.
 *
 * @param muscleSignal stored value of muscle before bias and noise
 * @param snr muscle signal over the noise sigma of each quadrature channel (Rician magnitude noise)
 * @param bias coefficients of the bias polynomial in normalised coordinates (x, z, xz, x^2, z^2, y)
 */
record ImagingConditions(double muscleSignal, double snr, double[] bias) {

  static final int MAX_STORED = 4095;

  static ImagingConditions draw(PhantomRandom r, Difficulty d) {
    double snr = r.uniform(d.snrLow, d.snrHigh);
    double[] c = new double[6];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      c[i] = r.uniform(-1, 1);
      sum += Math.abs(c[i]);
    }
    for (int i = 0; i < c.length; i++) {
      c[i] *= d.biasAmplitude / sum * 2;
    }
    return new ImagingConditions(r.uniform(380, 520), snr, c);
  }

  /** The bias factor at patient coordinates (mm), about 1 in the middle of the field. */
  double biasAt(double x, double y, double z) {
    double u = x / 200;
    double v = (z - 12) / 150;
    double w = y / 60;
    double b = 1 + bias[0] * u + bias[1] * v + bias[2] * u * v + bias[3] * (u * u - 0.33)
        + bias[4] * (v * v - 0.33) + bias[5] * w * 0.3;
    return Math.max(0.5, b);
  }

  double sigma() {
    return muscleSignal / snr;
  }
}
