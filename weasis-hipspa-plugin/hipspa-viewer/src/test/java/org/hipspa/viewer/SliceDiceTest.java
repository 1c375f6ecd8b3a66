package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;
import org.junit.jupiter.api.Test;

class SliceDiceTest {

  private static final int W = 40;
  private static final int H = 20;

  /** A filled rectangle from (x0, y0), w wide and h tall. */
  private static BinaryMask box(int x0, int y0, int w, int h) {
    BinaryMask m = new BinaryMask(W, H);
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        m.set(x, y, true);
      }
    }
    return m;
  }

  private static BinaryMask none() {
    return new BinaryMask(W, H);
  }

  private static SliceSegmentation slice(BinaryMask rightHead, BinaryMask leftHead, BinaryMask rightBme) {
    return new SliceSegmentation(new HipMasks(rightHead, rightBme, none()), new HipMasks(leftHead, none(), none()));
  }

  @Test
  void diceIsTwiceTheOverlapOverBothAreasWithBothHipsCountedTogether() {
    // Right head: truth 10x10, prediction shifted 5 columns (overlap 50). Left head identical (100 each).
    SliceSegmentation truth = slice(box(0, 0, 10, 10), box(25, 0, 10, 10), none());
    SliceSegmentation predicted = slice(box(5, 0, 10, 10), box(25, 0, 10, 10), none());

    SliceDice head = SliceDice.of(predicted, truth).get(Structure.FEMORAL_HEAD.ordinal());

    assertThat(head.structure()).isEqualTo(Structure.FEMORAL_HEAD);
    // 2 * (50 + 100) / (200 + 200)
    assertThat(head.dice().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(head.describe()).isEqualTo("Femoral head 0.75");
  }

  @Test
  void aStructureMissedOrInventedOnTheSliceScoresZero() {
    SliceSegmentation truth = slice(none(), none(), box(0, 0, 4, 4));
    SliceSegmentation predicted = slice(none(), none(), none());

    assertThat(SliceDice.of(predicted, truth).get(Structure.BME.ordinal()).dice()).hasValue(0.0);
    assertThat(SliceDice.of(truth, predicted).get(Structure.BME.ordinal()).dice()).hasValue(0.0);
  }

  @Test
  void aStructureEmptyInBothMasksHasNoDiceAndSaysSoNeverOne() {
    SliceSegmentation empty = slice(none(), none(), none());

    List<SliceDice> dice = SliceDice.of(empty, empty);

    assertThat(dice).allSatisfy(d -> assertThat(d.emptyInBoth()).isTrue());
    assertThat(dice.get(Structure.EFFUSION.ordinal()).describe()).isEqualTo("Effusion/synovitis: empty in both");
    assertThat(SliceDice.line(dice)).doesNotContain("1.00").startsWith("Dice on this slice: Femoral head: empty in both");
  }
}
