package org.hipspa.phantom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import org.hipspa.image.BinaryMask;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 4 mm slice shows the mean of three planes through its slab (the centres of its thirds), and its truth must
 * follow what it shows: a pixel is in a structure where at least two of those planes are. Proved against the same
 * patient cut into thin slices at exactly those planes.
 */
class PhantomSlabTruthTest {
  private static final PhantomGenerator GENERATOR = new PhantomGenerator();
  private static PhantomPatient thick;
  private static PhantomPatient thin;

  @BeforeAll
  static void generate() {
    PhantomSettings s = PhantomSettings.defaults(21).withDifficulty(Difficulty.EASY).withSeverity(0.9);
    thick = GENERATOR.generate(s.withSlices(12, 4, 4));
    thin = GENERATOR.generate(s.withSlices(34, 4.0 / 3, 0.5));
  }

  @Test
  void theThinSlicesCutTheThickSlicesThirdsAtTheirCentres() {
    for (int k = 1; k <= 10; k++) {
      double centre = thick.truth().get(k).positionMm();
      assertThat(thin.truth().get(3 * k - 1).positionMm()).isCloseTo(centre - 4.0 / 3, within(1e-6));
      assertThat(thin.truth().get(3 * k).positionMm()).isCloseTo(centre, within(1e-6));
      assertThat(thin.truth().get(3 * k + 1).positionMm()).isCloseTo(centre + 4.0 / 3, within(1e-6));
    }
  }

  @Test
  void femoralHeadTruthIsTheMajorityOfTheSlabsThreePlanes() {
    assertMajority("femoral head", HipTruth::head);
  }

  @Test
  void lesionTruthIsTheMajorityOfTheSlabsThreePlanes() {
    assertMajority("bone marrow edema", HipTruth::bme);
    assertMajority("effusion", HipTruth::effusion);
  }

  /** The thin slices are 0.5 mm thick themselves, so a pixel on a surface grazing their plane may differ. */
  private static void assertMajority(String structure, Function<HipTruth, BinaryMask> mask) {
    int inEither = 0;
    int mismatches = 0;
    for (int k = 1; k <= 10; k++) {
      for (HipSide side : HipSide.values()) {
        BinaryMask truth = mask.apply(thick.truth().get(k).hip(side));
        BinaryMask before = mask.apply(thin.truth().get(3 * k - 1).hip(side));
        BinaryMask centre = mask.apply(thin.truth().get(3 * k).hip(side));
        BinaryMask after = mask.apply(thin.truth().get(3 * k + 1).hip(side));
        BinaryMask majority = before.and(centre).or(before.and(after)).or(centre.and(after));
        inEither += truth.or(majority).count();
        mismatches += truth.or(majority).andNot(truth.and(majority)).count();
      }
    }
    assertThat(inEither).as("%s pixels in the slabs", structure).isGreaterThan(1000);
    assertThat((double) mismatches / inEither).as("%s truth against the majority of three planes", structure)
        .isLessThan(0.002);
  }
}
