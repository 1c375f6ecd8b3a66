package org.hipspa.stats;

import java.util.ArrayList;
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
      double spearmanWithTrueScore, double spearmanWithTrueVolume, int centralSliceMisses, List<AnalysisResult> results) {}

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
    for (int n = 1; n <= patients; n++) {
      PhantomPatient patient = new PhantomGenerator().generate(PhantomCropSource.patientSettings(cohortSeed, n));
      SeriesSegmentation truth = PhantomTruth.segmentation(patient);
      AnalysisResult result = analysis.analyse(patient.series(), Optional.of(truth), ProgressListener.NONE,
          new CancelToken());
      for (int i = 0; i < truth.size(); i++) {
        for (HipSide side : HipSide.values()) {
          HipMasks p = result.prediction().slice(i).hip(side);
          HipMasks t = truth.slice(i).hip(side);
          for (Structure s : Structure.values()) {
            scores.add(s, p.get(s), t.get(s));
          }
        }
      }
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
        centralMisses, results);
  }
}
