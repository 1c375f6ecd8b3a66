package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipspa.image.BinaryMask;
import org.hipspa.net.ModelManifest;
import org.hipspa.segment.Structure;
import org.junit.jupiter.api.Test;

class SegmentationScoresTest {

  @Test
  void diceIsAveragedOverSlicesWithTheStructureAndEmptySlicesAreCountedApart() {
    SegmentationScores scores = new SegmentationScores();
    // Slice 1: truth 4 pixels, prediction 2 of them plus 2 others: TP 2, FP 2, FN 2 -> Dice 0.5, IoU 1/3.
    scores.add(Structure.BME, mask(0, 1, 2, 3), mask(0, 1, 10, 11));
    // Slice 2: perfect -> Dice 1.
    scores.add(Structure.BME, mask(5, 6), mask(5, 6));
    // Slice 3: empty in both -> no Dice, counted as correct empty.
    scores.add(Structure.BME, mask(), mask());

    ModelManifest.Scores bme = scores.scores(Structure.BME);
    assertThat(bme.dice()).isCloseTo(0.75, within(1e-12));
    assertThat(bme.iou()).isCloseTo((1.0 / 3 + 1) / 2, within(1e-12));
    assertThat(bme.slicesWithStructure()).isEqualTo(2);
    assertThat(bme.slicesEmptyInBoth()).isEqualTo(1);
    // Pooled: TP 4, FN 2 -> sensitivity 4/6; background 3*16 - 6 truth pixels = 42, FP 2 -> specificity 40/42.
    assertThat(bme.sensitivity()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(bme.specificity()).isCloseTo(40.0 / 42, within(1e-12));
  }

  @Test
  void aStructureAbsentEverywhereHasNoDiceRatherThanAPerfectOne() {
    SegmentationScores scores = new SegmentationScores();
    scores.add(Structure.EFFUSION, mask(), mask());
    assertThat(scores.scores(Structure.EFFUSION).dice()).isNaN();
    assertThat(scores.scores(Structure.EFFUSION).slicesEmptyInBoth()).isEqualTo(1);
  }

  private static BinaryMask mask(int... pixels) {
    BinaryMask m = new BinaryMask(4, 4);
    for (int p : pixels) {
      m.set(p % 4, p / 4, true);
    }
    return m;
  }
}
