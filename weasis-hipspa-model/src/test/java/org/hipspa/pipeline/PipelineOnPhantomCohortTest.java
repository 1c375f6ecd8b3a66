package org.hipspa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipspa.net.Segmenter;
import org.hipspa.segment.Structure;
import org.hipspa.stats.PhantomValidation;
import org.hipspa.testing.ShippedModel;
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
  static PhantomValidation.Outcome outcome;

  @BeforeAll
  static void analyseCohort() throws Exception {
    try (Segmenter network = ShippedModel.open()) {
      outcome = PhantomValidation.run(ShippedModel.analysis(network), PATIENTS, HELD_OUT_SEED, (n, total) -> {});
    }
    System.out.println("Held-out phantom validation: " + outcome.segmentation()
        + String.format(" Spearman with true UNet-score %.3f, with true volume %.3f",
            outcome.spearmanWithTrueScore(), outcome.spearmanWithTrueVolume()));
  }

  @Test
  void theUnetScoreRanksPatientsLikeTheirTrueLesionBurden() {
    assertThat(outcome.spearmanWithTrueScore()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void eachHipsCentralSliceIsWithinOneSliceOfTheTrueLargestHead() {
    assertThat(outcome.centralSliceMisses()).isZero();
  }

  /**
   * The femoral head's mean Dice, split by the size of the true section: every slice counted once, and the sections of
   * a quarter of the hip's largest or more (those the score counts) segmented far better than the thin caps.
   */
  @Test
  void theHeadDiceIsLostOnThinCapsNotOnTheSectionsTheScoreCounts() {
    var bands = outcome.headDiceBySectionSize();
    assertThat(bands.stream().mapToInt(PhantomValidation.SectionSizeDice::slices).sum())
        .isEqualTo(outcome.segmentation().get(Structure.FEMORAL_HEAD.id()).slicesWithStructure());
    double counted = bands.stream().filter(b -> b.from() >= 0.25)
        .mapToDouble(b -> b.meanDice() * b.slices()).sum()
        / bands.stream().filter(b -> b.from() >= 0.25).mapToInt(PhantomValidation.SectionSizeDice::slices).sum();
    System.out.println("Head Dice by true section size: " + bands + "; sections of 25 % or more: " + counted);
    assertThat(counted).isGreaterThanOrEqualTo(0.95);
    assertThat(bands.get(0).meanDice()).isLessThan(counted);
  }

  /**
   * A head drawn without truth, or missed, is a whole slice at Dice 0, and such slices fall in the smallest band; each
   * patient's head Dice brackets the cohort's mean.
   */
  @Test
  void wholeSliceHeadErrorsLieInTheThinnestBandAndPatientsBracketTheMean() {
    var head = outcome.headSlices();
    var thinnest = outcome.headDiceBySectionSize().get(0);
    assertThat(head.predictedWithoutTruth() + head.missed()).isLessThanOrEqualTo(thinnest.slices());
    assertThat(thinnest.meanDice() * thinnest.slices())
        .isLessThanOrEqualTo(thinnest.slices() - head.predictedWithoutTruth() - head.missed() + 1e-9);
    assertThat(head.dicePerPatient()).hasSize(PATIENTS);
    double mean = outcome.segmentation().get(Structure.FEMORAL_HEAD.id()).dice();
    assertThat(head.dicePerPatient().stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThanOrEqualTo(mean);
    assertThat(head.dicePerPatient().stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThanOrEqualTo(mean);
  }

  /** The patient-bootstrap interval of each structure's Dice holds the cohort's Dice and has room in it. */
  @Test
  void eachDiceHasAnIntervalOverPatientsAroundIt() {
    for (Structure s : Structure.values()) {
      double dice = outcome.segmentation().get(s.id()).dice();
      var interval = outcome.diceInterval95().get(s.id());
      assertThat(interval.low()).as(s.id()).isLessThanOrEqualTo(dice).isLessThan(interval.high());
      assertThat(interval.high()).as(s.id()).isGreaterThanOrEqualTo(dice).isLessThanOrEqualTo(1);
    }
  }

  /**
   * Issue 4's targets, mean Dice at least 0.95 for the femoral head and 0.80 for each lesion, on the held-out cohort.
   * The shipped model (hipspa-unet-phantom 0.4.0 with mirror averaging) measured femoral head 0.961, BME 0.827 and
   * effusion 0.842 here (docs/model-card.md); the run is deterministic, so a drop below a target is a regression.
   */
  @Test
  void segmentsTheFemoralHeadAndTheLesionsOfHeldOutPatients() {
    assertThat(outcome.segmentation().get(Structure.FEMORAL_HEAD.id()).dice()).isGreaterThanOrEqualTo(0.95);
    assertThat(outcome.segmentation().get(Structure.BME.id()).dice()).isGreaterThanOrEqualTo(0.80);
    assertThat(outcome.segmentation().get(Structure.EFFUSION.id()).dice()).isGreaterThanOrEqualTo(0.80);
  }
}
