package org.hipspa.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How far a mean over slices could move with another draw of patients: the patients are resampled with
 * replacement (slices stay with their patient, since slices of one patient are not independent), the
 * slice-weighted mean is taken of each resample, and the central 95 % of those means is the interval
 * (percentile bootstrap). Deterministic from its seed, so a report can be reproduced.
 */
public final class PatientBootstrap {
  /** Resamples; enough for the second decimal of a 95 % interval. */
  public static final int RESAMPLES = 2000;
  private static final long SEED = 20261127L;

  /** One patient's share of a mean over slices: the sum of its per-slice values and how many slices it has. */
  public record PatientShare(double sum, int slices) {}

  /** A 95 % interval. */
  public record Interval(double low, double high) {}

  private PatientBootstrap() {}

  /** The 95 % percentile-bootstrap interval of sum(sums) / sum(slices) over these patients; NaNs if none has a slice. */
  public static Interval interval95(List<PatientShare> patients) {
    if (patients.stream().mapToInt(PatientShare::slices).sum() == 0) {
      return new Interval(Double.NaN, Double.NaN);
    }
    Random random = new Random(SEED);
    double[] means = new double[RESAMPLES];
    int kept = 0;
    for (int r = 0; r < RESAMPLES; r++) {
      double sum = 0;
      int slices = 0;
      for (int i = 0; i < patients.size(); i++) {
        PatientShare p = patients.get(random.nextInt(patients.size()));
        sum += p.sum();
        slices += p.slices();
      }
      if (slices > 0) {
        means[kept++] = sum / slices;
      }
    }
    double[] sorted = Arrays.copyOf(means, kept);
    Arrays.sort(sorted);
    return new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975));
  }

  private static double percentile(double[] sorted, double q) {
    int index = (int) Math.round(q * (sorted.length - 1));
    return sorted[index];
  }
}
