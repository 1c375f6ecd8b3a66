package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.Test;

class HeadPairingTest {

  private static final double ROW_MM = 0.78125;

  @Test
  void aSureRegionFarAboveTheOtherHeadLosesToTheLevelOne() {
    HeadPairing.Candidate right = candidate(HipSide.RIGHT, 140, 1500);
    HeadPairing.Candidate leftRoof = candidate(HipSide.LEFT, 0, 2500);
    HeadPairing.Candidate leftHead = candidate(HipSide.LEFT, 150, 1400);

    Map<HipSide, HipLocation> chosen = HeadPairing.choose(List.of(right), List.of(leftRoof, leftHead), ROW_MM);

    assertThat(chosen.get(HipSide.RIGHT)).isEqualTo(right.location());
    assertThat(chosen.get(HipSide.LEFT)).isEqualTo(leftHead.location());
  }

  @Test
  void amongLevelPairsTheSurestWins() {
    HeadPairing.Candidate rightSmall = candidate(HipSide.RIGHT, 140, 300);
    HeadPairing.Candidate rightLarge = candidate(HipSide.RIGHT, 145, 1800);
    HeadPairing.Candidate left = candidate(HipSide.LEFT, 142, 1600);

    Map<HipSide, HipLocation> chosen = HeadPairing.choose(List.of(rightSmall, rightLarge), List.of(left), ROW_MM);

    assertThat(chosen.get(HipSide.RIGHT)).isEqualTo(rightLarge.location());
  }

  @Test
  void withNoLevelPairEachSideKeepsItsSurest() {
    HeadPairing.Candidate right = candidate(HipSide.RIGHT, 40, 900);
    HeadPairing.Candidate left = candidate(HipSide.LEFT, 200, 1000);

    Map<HipSide, HipLocation> chosen = HeadPairing.choose(List.of(right), List.of(left), ROW_MM);

    assertThat(chosen).containsEntry(HipSide.RIGHT, right.location()).containsEntry(HipSide.LEFT, left.location());
  }

  @Test
  void fortyMillimetresApartIsStillAPairAndFortyOneIsNot() {
    double rows40 = 40 / ROW_MM;
    HeadPairing.Candidate right = candidate(HipSide.RIGHT, 100, 1000);
    HeadPairing.Candidate leftAt40 = candidate(HipSide.LEFT, 100 + rows40, 500);
    HeadPairing.Candidate leftAt41 = candidate(HipSide.LEFT, 100 + 41 / ROW_MM, 5000);

    assertThat(HeadPairing.choose(List.of(right), List.of(leftAt40, leftAt41), ROW_MM).get(HipSide.LEFT))
        .isEqualTo(leftAt40.location());
  }

  private static HeadPairing.Candidate candidate(HipSide side, double row, double weight) {
    return new HeadPairing.Candidate(new HipLocation(side, side == HipSide.RIGHT ? 150 : 360, row, 24, 10, 0.9), weight);
  }
}
