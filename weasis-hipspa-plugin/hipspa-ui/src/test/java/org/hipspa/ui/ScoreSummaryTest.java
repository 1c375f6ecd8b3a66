package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.Test;

class ScoreSummaryTest {

  private final ScoreSummary summary = new ScoreSummary();

  @Test
  void itIsTitledAsAUnetScoreOnHimrissSlicesAndShowsLeftRightAndTotal() {
    summary.show(new ScoreResult(HimrissSettings.PAPER, List.of(), List.of(),
        new HipScore(HipSide.RIGHT, 1.2345, 15, 0, 7, ""), new HipScore(HipSide.LEFT, 0.5, 14, 1, 7, "")));

    assertThat(((javax.swing.border.TitledBorder) summary.getBorder()).getTitle())
        .isEqualTo("UNet-score (on HIMRISS slices)");
    assertThat(summary.rightText()).isEqualTo("1.235  (15 slices)");
    assertThat(summary.leftText()).isEqualTo("0.500  (14 slices, 1 not counted)");
    assertThat(summary.totalText()).isEqualTo("1.735");
    assertThat(summary.problemText()).isEmpty();
  }

  @Test
  void aHipWithoutAScoreSaysWhyAndTheTotalSaysItIsIncomplete() {
    String why = "No left femoral head was found on any slice, so the left hip has no score.";
    summary.show(new ScoreResult(HimrissSettings.PAPER, List.of(), List.of(),
        new HipScore(HipSide.RIGHT, 0.75, 15, 0, 7, ""), new HipScore(HipSide.LEFT, Double.NaN, 0, 0, -1, why)));

    assertThat(summary.leftText()).isEqualTo("no score");
    assertThat(summary.totalText()).isEqualTo("0.750 (incomplete)");
    assertThat(summary.problemText()).isEqualTo(why);
  }
}
