package org.hipspa.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.hipspa.HipspaException;
import org.hipspa.net.ModelManifest;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomTruth;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.train.PhantomCropSource;
import org.hipspa.train.SegmentationScores;

/**
 * The whole pipeline (locate, segment, score) on phantom patients a model was not trained on,
 * against their exact masks: Dice, IoU, sensitivity and specificity per structure over every slice
 * and hip (METHOD.md), and how the UNet-score ranks the patients against the true one. Synthetic
 * data: these figures say whether the software works, not how it performs on patients.
 */
public final class PhantomValidation {

  /** The figures of one validation run. */
  public record Outcome(int patients, long cohortSeed, Map<String, ModelManifest.Scores> segmentation,
      double spearmanWithTrueScore, double spearmanWithTrueVolume, int centralSliceMisses,
      List<SectionSizeDice> headDiceBySectionSize, HeadSlices headSlices,
      Map<String, PatientBootstrap.Interval> diceInterval95, List<AnalysisResult> results) {}

  /**
   * Where the femoral head is wholly wrong on a slice and hip: drawn where the truth has none, or missing where it has
   * one; and each patient's mean femoral head Dice (over the slices and hips with a head in either mask), in cohort
   * order.
   */
  public record HeadSlices(int predictedWithoutTruth, int missed, List<Double> dicePerPatient) {}

  /**
   * Femoral head Dice over the slices (and hips) whose true head section is {@code from} to {@code to} of that hip's
   * largest; a head predicted where the truth has none counts in the smallest band. Shows where the mean is lost.
   */
  public record SectionSizeDice(double from, double to, int slices, double meanDice) {}

  /** Bands of the true head section, as a fraction of the hip's largest. */
  static final double[] SECTION_BANDS = {0, 0.05, 0.15, 0.25, 0.5, 1.0001};

  /** Told after each patient. */
  public interface Progress {
    void patientDone(int number, int total);
  }

  private PhantomValidation() {}

  public static Outcome run(HipAnalysis analysis, int patients, long cohortSeed, Progress progress) throws HipspaException {
    SegmentationScores scores = new SegmentationScores();
    List<AnalysisResult> results = new ArrayList<>();
    double[] predicted = new double[patients];
    double[] trueScore = new double[patients];
    double[] trueVolume = new double[patients];
    int centralMisses = 0;
    double[] bandSums = new double[SECTION_BANDS.length - 1];
    int[] bandSlices = new int[SECTION_BANDS.length - 1];
    int[] wholeSliceErrors = new int[2];
    List<Double> headDicePerPatient = new ArrayList<>();
    Map<Structure, List<PatientBootstrap.PatientShare>> diceShares = new EnumMap<>(Structure.class);
    for (Structure s : Structure.values()) {
      diceShares.put(s, new ArrayList<>());
    }
    for (int n = 1; n <= patients; n++) {
      PhantomPatient patient = new PhantomGenerator().generate(PhantomCropSource.patientSettings(cohortSeed, n));
      SeriesSegmentation truth = PhantomTruth.segmentation(patient);
      AnalysisResult result = analysis.analyse(patient.series(), Optional.of(truth), ProgressListener.NONE,
          new CancelToken());
      SegmentationScores patientScores = new SegmentationScores();
      for (int i = 0; i < truth.size(); i++) {
        for (HipSide side : HipSide.values()) {
          HipMasks p = result.prediction().slice(i).hip(side);
          HipMasks t = truth.slice(i).hip(side);
          for (Structure s : Structure.values()) {
            scores.add(s, p.get(s), t.get(s));
            patientScores.add(s, p.get(s), t.get(s));
          }
        }
      }
      for (Structure s : Structure.values()) {
        ModelManifest.Scores own = patientScores.scores(s);
        int slices = own.slicesWithStructure();
        diceShares.get(s).add(new PatientBootstrap.PatientShare(slices == 0 ? 0 : own.dice() * slices, slices));
      }
      for (HipSide side : HipSide.values()) {
        addHeadDiceBySize(result.prediction(), truth, side, bandSums, bandSlices);
      }
      headDicePerPatient.add(headDice(result.prediction(), truth, wholeSliceErrors));
      var truthScores = result.groundTruthScores().orElseThrow();
      for (HipSide side : HipSide.values()) {
        if (Math.abs(result.scores().hip(side).centralSliceIndex() - truthScores.hip(side).centralSliceIndex()) > 1) {
          centralMisses++;
        }
      }
      predicted[n - 1] = result.scores().total();
      trueScore[n - 1] = truthScores.total();
      trueVolume[n - 1] = patient.parameters().burden().totalMm3();
      results.add(result);
      progress.patientDone(n, patients);
    }
    SpearmansCorrelation spearman = new SpearmansCorrelation();
    return new Outcome(patients, cohortSeed, scores.all(),
        patients > 2 ? spearman.correlation(predicted, trueScore) : Double.NaN,
        patients > 2 ? spearman.correlation(predicted, trueVolume) : Double.NaN,
        centralMisses, bands(bandSums, bandSlices),
        new HeadSlices(wholeSliceErrors[0], wholeSliceErrors[1], List.copyOf(headDicePerPatient)),
        intervals(diceShares), results);
  }

  private static void addHeadDiceBySize(SeriesSegmentation prediction, SeriesSegmentation truth, HipSide side,
      double[] sums, int[] slices) {
    int largest = 0;
    for (int i = 0; i < truth.size(); i++) {
      largest = Math.max(largest, truth.slice(i).hip(side).get(Structure.FEMORAL_HEAD).count());
    }
    for (int i = 0; i < truth.size(); i++) {
      var t = truth.slice(i).hip(side).get(Structure.FEMORAL_HEAD);
      var p = prediction.slice(i).hip(side).get(Structure.FEMORAL_HEAD);
      int both = t.count() + p.count();
      if (both == 0) {
        continue;
      }
      double fraction = largest == 0 ? 0 : (double) t.count() / largest;
      int band = 0;
      while (fraction >= SECTION_BANDS[band + 1]) {
        band++;
      }
      sums[band] += 2.0 * t.and(p).count() / both;
      slices[band]++;
    }
  }

  /** Mean femoral head Dice of one patient; counts slices drawn without truth [0] and missed [1] into errors. */
  private static double headDice(SeriesSegmentation prediction, SeriesSegmentation truth, int[] errors) {
    double sum = 0;
    int slices = 0;
    for (int i = 0; i < truth.size(); i++) {
      for (HipSide side : HipSide.values()) {
        var t = truth.slice(i).hip(side).get(Structure.FEMORAL_HEAD);
        var p = prediction.slice(i).hip(side).get(Structure.FEMORAL_HEAD);
        int both = t.count() + p.count();
        if (both == 0) {
          continue;
        }
        if (t.isEmpty()) {
          errors[0]++;
        } else if (p.isEmpty()) {
          errors[1]++;
        }
        sum += 2.0 * t.and(p).count() / both;
        slices++;
      }
    }
    return slices == 0 ? Double.NaN : sum / slices;
  }

  private static Map<String, PatientBootstrap.Interval> intervals(Map<Structure, List<PatientBootstrap.PatientShare>> shares) {
    Map<String, PatientBootstrap.Interval> intervals = new LinkedHashMap<>();
    for (Structure s : Structure.values()) {
      intervals.put(s.id(), PatientBootstrap.interval95(shares.get(s)));
    }
    return intervals;
  }

  private static List<SectionSizeDice> bands(double[] sums, int[] slices) {
    List<SectionSizeDice> bands = new ArrayList<>();
    for (int b = 0; b < sums.length; b++) {
      bands.add(new SectionSizeDice(SECTION_BANDS[b], Math.min(1, SECTION_BANDS[b + 1]), slices[b],
          slices[b] == 0 ? Double.NaN : sums[b] / slices[b]));
    }
    return bands;
  }
}
