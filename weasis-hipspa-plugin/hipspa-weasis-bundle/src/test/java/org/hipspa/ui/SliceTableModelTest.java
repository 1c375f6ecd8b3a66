package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.score.SliceScores;
import org.hipspa.segment.HipSide;
import org.hipspa.ui.SliceTableModel.Column;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.Test;

class SliceTableModelTest {

  private final SliceTableModel model = new SliceTableModel();

  private String cell(int row, Column column) {
    return (String) model.getValueAt(row, column.ordinal());
  }

  @Test
  void eachRowShowsTheSlicesRoleNumberPositionAndBothHipsValuesFromThePipeline() throws Exception {
    MrSeries series = TestPelvis.coronal(11);
    ScoreResult scores = new HipAnalysis(KnownMasksSegmenter.returning(TestPelvis.truth(series)),
        HimrissSettings.PAPER, "test", Clock.systemUTC())
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken()).scores();

    model.show(scores);

    assertThat(model.getRowCount()).isEqualTo(scores.himrissRows().size()).isPositive();
    assertThat(model.getColumnName(Column.RIGHT_HEAD.ordinal())).isEqualTo("R head mm²");
    for (int r = 0; r < model.getRowCount(); r++) {
      HimrissRow row = scores.himrissRows().get(r);
      SliceScores slice = row.slice();
      assertThat(model.sliceIndexOf(r)).isEqualTo(slice.sliceIndex());
      assertThat(cell(r, Column.SLICE)).isEqualTo((slice.sliceIndex() + 1) + " (inst. " + slice.instanceNumber() + ")");
      assertThat(cell(r, Column.POSITION)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", slice.positionMm()));
      if (row.rightRole() != null && slice.right().counts()) {
        assertThat(Double.parseDouble(cell(r, Column.RIGHT_BME))).isCloseTo(100 * slice.right().bmeProportion(),
            org.assertj.core.data.Offset.offset(0.05));
        assertThat(Double.parseDouble(cell(r, Column.RIGHT_SCORE))).isCloseTo(slice.right().sliceScore(),
            org.assertj.core.data.Offset.offset(0.0005));
      }
    }
    int central = scores.himrissRows().indexOf(scores.himrissRows().stream()
        .filter(h -> h.rightRole() == SliceRole.CENTRAL && h.leftRole() == SliceRole.CENTRAL).findFirst().orElseThrow());
    assertThat(cell(central, Column.ROLE)).isEqualTo("central");
    assertThat(Double.parseDouble(cell(central, Column.RIGHT_BME))).isPositive();
    assertThat(cell(central, Column.LEFT_BME)).isEqualTo("0.0");
    assertThat(Double.parseDouble(cell(central, Column.LEFT_EFFUSION))).isPositive();
  }

  @Test
  void aRowThatDoesNotCountForAHipSaysWhyAndAHipThatDoesNotUseTheRowShowsDashes() {
    HipMeasurement counted = new HipMeasurement(900, 549.3, 0.2, 0.05, 0.25, 0.2, 0.05, 0.25);
    HipMeasurement noHead = new HipMeasurement(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
    SliceScores slice = new SliceScores(4, 17, -12.25, noHead, counted);
    HimrissRow row = new HimrissRow(slice, SliceRole.ANTERIOR, null);
    HipScore right = new HipScore(HipSide.RIGHT, 0, 1, 1, 4, "");
    HipScore left = new HipScore(HipSide.LEFT, 0, 0, 0, 5, "");

    model.show(new ScoreResult(HimrissSettings.PAPER, List.of(slice), List.of(row), right, left));

    assertThat(cell(0, Column.ROLE)).isEqualTo("R anterior, L —");
    assertThat(cell(0, Column.SLICE)).isEqualTo("5 (inst. 17)");
    assertThat(cell(0, Column.POSITION)).isEqualTo("-12.3");
    assertThat(cell(0, Column.RIGHT_SCORE)).isEqualTo("not counted");
    assertThat(cell(0, Column.RIGHT_BME)).isEqualTo("—");
    assertThat(cell(0, Column.LEFT_HEAD)).isEqualTo("—");
    assertThat(cell(0, Column.LEFT_SCORE)).isEqualTo("—");
    assertThat(cell(0, Column.NOTE)).isEqualTo("Right: no femoral head segmented on this slice");
  }
}
