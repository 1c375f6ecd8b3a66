package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
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

  private static String cell(SliceTableModel model, int row, Column column) {
    return (String) model.getValueAt(row, column.ordinal());
  }

  @Test
  void eachHipsTableListsItsHimrissSlicesAnteriorToPosteriorWithThePipelinesNumbers() throws Exception {
    MrSeries series = TestPelvis.coronal(11);
    ScoreResult scores = KnownMasksSegmenter.returning(TestPelvis.truth(series)).pipeline(Clock.systemUTC())
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken()).scores();

    for (HipSide side : HipSide.values()) {
      SliceTableModel model = new SliceTableModel(side);
      model.show(scores);
      List<HimrissRow> used = scores.himrissRows().stream().filter(r -> r.role(side) != null).toList();

      assertThat(model.getRowCount()).isEqualTo(used.size()).isPositive();
      assertThat(model.getColumnName(Column.HEAD.ordinal())).isEqualTo("Head mm²");
      for (int r = 0; r < used.size(); r++) {
        SliceScores slice = used.get(r).slice();
        HipMeasurement m = slice.hip(side);
        assertThat(model.sliceIndexOf(r)).isEqualTo(slice.sliceIndex());
        assertThat(cell(model, r, Column.ROLE)).isEqualTo(used.get(r).role(side).label());
        assertThat(cell(model, r, Column.SLICE)).isEqualTo((slice.sliceIndex() + 1) + " (" + slice.instanceNumber() + ")");
        assertThat(cell(model, r, Column.POSITION)).isEqualTo(String.format(Locale.ROOT, "%.1f", slice.positionMm()));
        if (m.counts()) {
          assertThat(Double.parseDouble(cell(model, r, Column.HEAD))).isCloseTo(m.headAreaMm2(), within(0.5));
          assertThat(Double.parseDouble(cell(model, r, Column.BME))).isCloseTo(100 * m.bmeProportion(), within(0.05));
          assertThat(Double.parseDouble(cell(model, r, Column.SCORE))).isCloseTo(m.sliceScore(), within(0.0005));
        }
      }
    }
    SliceTableModel right = new SliceTableModel(HipSide.RIGHT);
    SliceTableModel left = new SliceTableModel(HipSide.LEFT);
    right.show(scores);
    left.show(scores);
    int central = scores.right().centralSliceIndex();
    int r = rowOf(right, central);
    assertThat(cell(right, r, Column.ROLE)).isEqualTo("central");
    assertThat(Double.parseDouble(cell(right, r, Column.BME))).isPositive();
    int l = rowOf(left, scores.left().centralSliceIndex());
    assertThat(cell(left, l, Column.BME)).isEqualTo("0.0");
    assertThat(Double.parseDouble(cell(left, l, Column.EFFUSION))).isPositive();
  }

  @Test
  void aRowThatDoesNotCountSaysWhyAndASliceTheHipDoesNotUseIsNotInItsTable() {
    HipMeasurement counted = new HipMeasurement(900, 549.3, 0.2, 0.05, 0.25, 0.2, 0.05, 0.25);
    HipMeasurement noHead = new HipMeasurement(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN);
    SliceScores slice = new SliceScores(4, 17, -12.25, noHead, counted);
    HimrissRow row = new HimrissRow(slice, SliceRole.ANTERIOR, null);
    ScoreResult scores = new ScoreResult(HimrissSettings.PAPER, List.of(slice), List.of(row),
        new HipScore(HipSide.RIGHT, 0, 1, 1, 4, ""), new HipScore(HipSide.LEFT, 0, 0, 0, 5, ""));
    SliceTableModel right = new SliceTableModel(HipSide.RIGHT);
    SliceTableModel left = new SliceTableModel(HipSide.LEFT);

    right.show(scores);
    left.show(scores);

    assertThat(cell(right, 0, Column.ROLE)).isEqualTo("anterior");
    assertThat(cell(right, 0, Column.SLICE)).isEqualTo("5 (17)");
    assertThat(cell(right, 0, Column.POSITION)).isEqualTo("-12.3");
    assertThat(cell(right, 0, Column.SCORE)).isEqualTo("not counted");
    assertThat(cell(right, 0, Column.BME)).isEqualTo("—");
    assertThat(cell(right, 0, Column.NOTE)).isEqualTo("no femoral head segmented on this slice");
    assertThat(right.counts(0)).isFalse();
    assertThat(left.getRowCount()).isZero();
  }

  private static int rowOf(SliceTableModel model, int sliceIndex) {
    for (int r = 0; r < model.getRowCount(); r++) {
      if (model.sliceIndexOf(r) == sliceIndex) {
        return r;
      }
    }
    throw new AssertionError("slice " + sliceIndex + " not in the table");
  }
}
