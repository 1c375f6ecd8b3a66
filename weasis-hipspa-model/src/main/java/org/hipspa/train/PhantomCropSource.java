package org.hipspa.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.ContextSlices;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropPlacement;
import org.hipspa.locate.CropResampler;
import org.hipspa.locate.CropSpec;
import org.hipspa.phantom.Difficulty;
import org.hipspa.phantom.HipTruth;
import org.hipspa.phantom.PhantomCohort;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.segment.HipSide;

/**
 * Training crops from a synthetic phantom cohort, generated in memory: every slice of every patient,
 * both hips, the crop placed by {@link CropPlacement} around the true head centre moved by a random
 * shift of up to {@code jitterMm} in each direction, so the network learns heads anywhere in its
 * window (the locate stage finds heads with the same network on whole slices). With context slices
 * each crop also holds the neighbouring slices under the same box ({@link ContextSlices}); the truth
 * stays the slice's own. Patients cycle through the difficulty levels. Deterministic from the seed.
 */
public final class PhantomCropSource implements CropSource {
  /** Progress per generated patient. */
  public interface Progress {
    void patientDone(int number, int total);
  }

  private final int patients;
  private final long seed;
  private final double jitterMm;
  private final CropSpec spec;
  private final ContextSlices context;
  private final Progress progress;

  public PhantomCropSource(int patients, long seed, double jitterMm, CropSpec spec, Progress progress) {
    this(patients, seed, jitterMm, spec, ContextSlices.NONE, progress);
  }

  public PhantomCropSource(int patients, long seed, double jitterMm, CropSpec spec, ContextSlices context, Progress progress) {
    if (patients < 1) {
      throw new IllegalArgumentException("need at least one patient");
    }
    this.patients = patients;
    this.seed = seed;
    this.jitterMm = jitterMm;
    this.spec = spec;
    this.context = context;
    this.progress = progress;
  }

  /** Patient {@code number} (from 1) of the cohort, exactly as `hipspa phantom` with this seed would write it. */
  public static PhantomSettings patientSettings(long seed, int number) {
    Difficulty difficulty = Difficulty.values()[(number - 1) % Difficulty.values().length];
    return PhantomCohort.patientSettings(PhantomSettings.defaults(seed).withDifficulty(difficulty), seed, number);
  }

  @Override
  public List<CropSample> crops() {
    List<CropSample> crops = new ArrayList<>();
    PhantomGenerator generator = new PhantomGenerator();
    for (int n = 1; n <= patients; n++) {
      PhantomPatient patient = generator.generate(patientSettings(seed, n));
      Random random = new Random(seed * 1_000_003L + n);
      MrSeries series = patient.series();
      String patientId = String.format(Locale.ROOT, "phantom-%04d", n);
      for (int i = 0; i < series.size(); i++) {
        for (HipSide side : HipSide.values()) {
          HipTruth truth = patient.truth().get(i).hip(side);
          double cx = truth.headCentreColumn() + shift(random) / series.spacingX();
          double cy = truth.headCentreRow() + shift(random) / series.spacingY();
          CropBox box = CropPlacement.around(side, cx, cy, series.spacingX(), series.spacingY(), spec);
          crops.add(new CropSample(patientId, series.seriesInstanceUid(),
              String.format(Locale.ROOT, "%s slice %d %s", patientId, i + 1, side.label()),
              context.crop(series, i, box, spec),
              CropResampler.cropMask(truth.head(), box, spec),
              CropResampler.cropMask(truth.bme(), box, spec),
              CropResampler.cropMask(truth.effusion(), box, spec)));
        }
      }
      progress.patientDone(n, patients);
    }
    return crops;
  }

  private double shift(Random random) {
    return (2 * random.nextDouble() - 1) * jitterMm;
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT,
        "synthetic coronal STIR hip phantom: %d patients (seed %d, difficulties cycling easy/medium/hard, 20 slices),"
            + " both hips on every slice, crops shifted up to %.0f mm%s", patients, seed, jitterMm,
        context.k() == 0 ? "" : String.format(Locale.ROOT, ", with %d neighbouring slices on each side", context.k()));
  }
}
