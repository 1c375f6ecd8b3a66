package org.hipspa.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HimrissSelectorTest {

  private static List<Double> areasPeakingAt(int n, int peak) {
    List<Double> areas = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      areas.add(Math.max(0.0, 1000 - 60.0 * Math.abs(i - peak)));
    }
    return areas;
  }

  @Test
  void centralBlockIsTheLargestHeadAndTwoNeighboursEachSideThenFiveBeyond() {
    HipSelection s = HimrissSelector.select(areasPeakingAt(30, 14), true, HimrissSettings.PAPER);

    assertThat(s.centralSliceIndex()).isEqualTo(14);
    assertThat(s.roles()).hasSize(15);
    assertThat(s.roleOf(12)).isEqualTo(SliceRole.CENTRAL);
    assertThat(s.roleOf(16)).isEqualTo(SliceRole.CENTRAL);
    assertThat(s.roleOf(7)).isEqualTo(SliceRole.ANTERIOR);
    assertThat(s.roleOf(11)).isEqualTo(SliceRole.ANTERIOR);
    assertThat(s.roleOf(6)).isNull();
    assertThat(s.roleOf(21)).isEqualTo(SliceRole.POSTERIOR);
    assertThat(s.roleOf(22)).isNull();
  }

  @Test
  void blocksAreClippedToTheSeries() {
    HipSelection s = HimrissSelector.select(areasPeakingAt(12, 1), true, HimrissSettings.PAPER);

    assertThat(s.roles().keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(s.roleOf(0)).isEqualTo(SliceRole.CENTRAL);
    assertThat(s.roleOf(8)).isEqualTo(SliceRole.POSTERIOR);
  }

  @Test
  void inASeriesRunningPosteriorToAnteriorLowerIndicesArePosterior() {
    HipSelection s = HimrissSelector.select(areasPeakingAt(30, 14), false, new HimrissSettings(3, 2, 4));

    assertThat(s.roleOf(13)).isEqualTo(SliceRole.CENTRAL);
    assertThat(s.roleOf(12)).isEqualTo(SliceRole.POSTERIOR);
    assertThat(s.roleOf(9)).isEqualTo(SliceRole.POSTERIOR);
    assertThat(s.roleOf(8)).isNull();
    assertThat(s.roleOf(16)).isEqualTo(SliceRole.ANTERIOR);
    assertThat(s.roleOf(17)).isEqualTo(SliceRole.ANTERIOR);
    assertThat(s.roleOf(18)).isNull();
  }

  @Test
  void aHipWithNoHeadOnAnySliceHasNoSelection() {
    assertThat(HimrissSelector.select(List.of(0.0, 0.0, 0.0), true, HimrissSettings.PAPER).isEmpty()).isTrue();
  }
}
