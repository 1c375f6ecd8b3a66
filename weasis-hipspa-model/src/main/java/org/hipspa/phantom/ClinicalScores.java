package org.hipspa.phantom;

/**
 * Clinical-like values of a phantom patient, so that cohort statistics have something honest to
 * correlate. None is a real clinical measurement. The reader scores come from the true lesion burden
 * plus reader noise; BASDAI, CRP, ESR and ASDAS come from the latent severity plus noise, so they
 * correlate with the images only through that severity (as in life, loosely).
 *
 * @param himrissBmeLike BME reader score (femoral head and acetabulum), an integer
 * @param himrissSynovitisLike effusion/synovitis reader score, an integer
 * @param himrissTotalLike their sum
 * @param basdaiLike 0 to 10
 * @param crpMgPerL C-reactive protein-like, mg/L
 * @param esrMmPerH erythrocyte sedimentation rate-like, mm/h
 * @param asdasCrpLike ASDAS-CRP-like, from the BASDAI-like value standing in for its questions and CRP
 */
public record ClinicalScores(int himrissBmeLike, int himrissSynovitisLike, int himrissTotalLike, double basdaiLike,
    double crpMgPerL, double esrMmPerH, double asdasCrpLike) {

  static ClinicalScores draw(PhantomRandom r, double severity, LesionBurden burden) {
    double bmeCm3 = burden.bmeMm3() / 1000;
    double effCm3 = burden.effusionMm3() / 1000;
    int bme = (int) Math.round(clamp(4.0 * Math.pow(bmeCm3, 0.6) + 1.5 * r.gaussian(), 0, 80));
    if (bmeCm3 == 0) {
      bme = r.chance(0.1) ? 1 : 0;
    }
    int syn = (int) Math.round(clamp(3.0 * Math.pow(effCm3, 0.6) + 1.2 * r.gaussian(), 0, 42));
    if (effCm3 == 0) {
      syn = r.chance(0.1) ? 1 : 0;
    }
    double basdai = round1(clamp(1.5 + 5.0 * severity + 1.6 * r.gaussian(), 0, 10));
    double crp = round1(2.5 * StrictMath.exp(2.2 * severity + 0.7 * r.gaussian()));
    double esr = Math.rint(clamp(8 + 45 * severity + 10 * r.gaussian(), 2, 120));
    double asdas = round1(Math.max(0.6, 0.36 * basdai + 0.58 * StrictMath.log(crp + 1) + 0.2 * r.gaussian()));
    return new ClinicalScores(bme, syn, bme + syn, basdai, crp, esr, asdas);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double round1(double v) {
    return Math.rint(v * 10) / 10;
  }
}
