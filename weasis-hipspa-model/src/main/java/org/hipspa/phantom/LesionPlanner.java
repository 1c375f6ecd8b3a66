package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a latent severity into lesions. Every candidate lesion of a hip (two in the head, one in the
 * neck, two in the acetabulum, one effusion) is drawn from the seed whatever the severity, each with an
 * onset threshold; a candidate appears once the hip's severity passes its onset and grows with the
 * excess. So for one seed, more severity never means less lesion, and severity 0 means none.
 */
final class LesionPlanner {

  record Plan(double severityRight, double severityLeft, List<EdemaField> edema, Map<HipSide, Double> effusionMm) {}

  private static final BmeSite[] SITES = {
    BmeSite.FEMORAL_HEAD, BmeSite.FEMORAL_HEAD, BmeSite.FEMORAL_NECK, BmeSite.ACETABULUM, BmeSite.ACETABULUM
  };

  private LesionPlanner() {}

  /**
   * Draws a severity for a patient of the cohort: 10 % without hip inflammation (controls), the rest
   * spread over mild to severe with a median near 0.5, as in a clinic cohort with hip involvement.
   */
  static double drawSeverity(PhantomRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return u < 0.10 ? 0 : Math.min(1, 0.1 + Math.pow(v, 1.2) * 0.9);
  }

  static Plan plan(PhantomRandom r, PhantomAnatomy anatomy, double severity, Difficulty difficulty) {
    HipSide dominant = r.chance(0.5) ? HipSide.RIGHT : HipSide.LEFT;
    boolean bilateral = r.chance(0.56);
    double otherFactor = bilateral ? r.uniform(0.35, 1.0) : 0;
    Map<HipSide, Double> hipSeverity = new EnumMap<>(HipSide.class);
    hipSeverity.put(dominant, severity);
    hipSeverity.put(dominant == HipSide.RIGHT ? HipSide.LEFT : HipSide.RIGHT, severity * otherFactor);

    List<EdemaField> edema = new ArrayList<>();
    Map<HipSide, Double> effusion = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      PhantomAnatomy.Hip h = anatomy.hip(side);
      double sev = hipSeverity.get(side);
      double effOnset = r.uniform(0.03, 0.35);
      double effMax = r.uniform(2.5, 5.5);
      double g = grow(sev, effOnset);
      effusion.put(side, sev > effOnset ? 1.0 + (effMax - 1.0) * g : 0.0);
      for (BmeSite site : SITES) {
        double onset = r.uniform(0.02, 0.7);
        double size = r.uniform(6, 18);
        double[] aspect = {r.uniform(0.75, 1.25), r.uniform(0.75, 1.25), r.uniform(0.75, 1.25)};
        double[] centre = centre(r, h, site);
        long noiseSeed = r.nextLong();
        if (sev > onset) {
          double gi = grow(sev, onset);
          double radius = size * (0.35 + 0.65 * gi);
          edema.add(new EdemaField(side, site, centre, radius * aspect[0], radius * aspect[1], radius * aspect[2],
              0.55 + 0.45 * gi, difficulty.bmeSoftness, noiseSeed));
        }
      }
    }
    return new Plan(hipSeverity.get(HipSide.RIGHT), hipSeverity.get(HipSide.LEFT), edema, effusion);
  }

  private static double grow(double severity, double onset) {
    return Math.max(0, Math.min(1, (severity - onset) / 0.5));
  }

  private static double[] centre(PhantomRandom r, PhantomAnatomy.Hip h, BmeSite site) {
    double coronal = Math.toRadians(site == BmeSite.ACETABULUM ? r.uniform(-30, 35) : r.uniform(-35, 60));
    double sagittal = Math.toRadians(r.uniform(-30, 30));
    double[] dir = PhantomAnatomy.norm(h.s * StrictMath.sin(coronal), StrictMath.sin(sagittal),
        StrictMath.cos(coronal));
    return switch (site) {
      case FEMORAL_HEAD -> PhantomAnatomy.add(h.centre, dir, h.radius * r.uniform(0.35, 0.72));
      case ACETABULUM -> PhantomAnatomy.add(h.centre, dir, h.radius + h.jointGap + r.uniform(4, 10));
      case FEMORAL_NECK -> {
        double[] p = PhantomAnatomy.add(h.centre, h.neckAxis, h.radius * r.uniform(0.8, 1.5));
        yield new double[] {p[0], p[1] + r.uniform(-4, 4), p[2] + r.uniform(-4, 4)};
      }
    };
  }
}
