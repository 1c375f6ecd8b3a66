package org.hipspa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.hipspa.net.Segmenter;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomTruth;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.HipSide;
import org.hipspa.testing.ShippedModel;
import org.hipspa.train.PhantomCropSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline with the shipped model on 20 phantom patients it was not trained on (cohort
 * seed 99; the model was trained on seed 7). Synthetic data: these figures are not clinical accuracy.
 */
class PipelineOnPhantomCohortTest {
  static final long HELD_OUT_SEED = 99;
  static final int PATIENTS = 20;
  static final List<PhantomPatient> patients = new ArrayList<>();
  static final List<AnalysisResult> results = new ArrayList<>();
  static Segmenter network;

  @BeforeAll
  static void analyseCohort() throws Exception {
    network = ShippedModel.open();
    HipAnalysis analysis = ShippedModel.analysis(network);
    for (int n = 1; n <= PATIENTS; n++) {
      PhantomPatient patient = new PhantomGenerator().generate(PhantomCropSource.patientSettings(HELD_OUT_SEED, n));
      patients.add(patient);
      results.add(analysis.analyse(patient.series(), Optional.of(PhantomTruth.segmentation(patient)),
          ProgressListener.NONE, new CancelToken()));
    }
  }

  @AfterAll
  static void close() {
    network.close();
  }

  @Test
  void theUnetScoreRanksPatientsLikeTheirTrueLesionBurden() {
    double[] predicted = results.stream().mapToDouble(r -> r.scores().total()).toArray();
    double[] truth = results.stream().mapToDouble(r -> r.groundTruthScores().orElseThrow().total()).toArray();
    double[] volume = patients.stream().mapToDouble(p -> p.parameters().burden().totalMm3()).toArray();

    double rho = new SpearmansCorrelation().correlation(predicted, truth);
    double rhoVolume = new SpearmansCorrelation().correlation(predicted, volume);
    System.out.printf("Spearman, predicted vs true UNet-score: %.3f; predicted UNet-score vs true lesion volume: %.3f%n",
        rho, rhoVolume);
    assertThat(rho).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void eachHipsCentralSliceIsWithinOneSliceOfTheTrueLargestHead() {
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < PATIENTS; i++) {
      for (HipSide side : HipSide.values()) {
        int predicted = results.get(i).scores().hip(side).centralSliceIndex();
        int truth = results.get(i).groundTruthScores().orElseThrow().hip(side).centralSliceIndex();
        if (Math.abs(predicted - truth) > 1) {
          misses.add("patient " + (i + 1) + " " + side.label() + ": predicted " + predicted + ", true " + truth);
        }
      }
    }
    assertThat(misses).isEmpty();
  }
}
