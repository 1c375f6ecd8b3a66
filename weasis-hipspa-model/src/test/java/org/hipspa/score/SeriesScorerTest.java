package org.hipspa.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.Vec3;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;
import org.junit.jupiter.api.Test;

class SeriesScorerTest {
  private static final int W = 20;
  private static final int H = 10;

  /** A coronal series of n uniform slices; the right head (x<10) is widest at slice peak. */
  private static MrSeries series(int n, Vec3 columnDirection) throws Exception {
    List<MrSlice> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] v = new float[W * H];
      java.util.Arrays.fill(v, 100f);
      SliceGeometry g = new SliceGeometry(new Vec3(0, 4.0 * i, 0), new Vec3(1, 0, 0), columnDirection, 1.0, 2.0);
      slices.add(new MrSlice("1." + i, "1.2.840.10008.5.1.4.1.1.4", 1, i + 1, g, Double.NaN, new FloatImage(W, H, v)));
    }
    return SeriesAssembler.assemble(
        new SeriesHeader(new StudyInfo(null, null, null, null, "1", null, null, null, null, null, null), "2", "3", 1, "", "MR", 4),
        slices);
  }

  private static BinaryMask rect(int x0, int x1, int rows) {
    BinaryMask m = new BinaryMask(W, H);
    for (int y = 0; y < rows; y++) {
      for (int x = x0; x < x1; x++) {
        m.set(x, y, true);
      }
    }
    return m;
  }

  /** Right head rows grow toward slice `peak`; BME is one pixel row-of-one; the left hip has nothing. */
  private static SeriesSegmentation segmentation(MrSeries series, int peak) {
    List<SliceSegmentation> slices = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      int rows = Math.max(0, H - Math.abs(i - peak));
      HipMasks right = new HipMasks(rect(0, 10, rows), rect(0, 1, Math.min(rows, 1)), new BinaryMask(W, H));
      slices.add(new SliceSegmentation(right, HipMasks.empty(W, H)));
    }
    return new SeriesSegmentation(series.seriesInstanceUid(), slices);
  }

  @Test
  void unetScoreSumsSliceScoresOverTheHipsHimrissSlicesInAnatomicalOrder() throws Exception {
    MrSeries series = series(20, new Vec3(0, 0, -1));
    ScoreResult result = new SeriesScorer(HimrissSettings.PAPER).score(series, segmentation(series, 9));

    HipScore right = result.right();
    assertThat(right.centralSliceIndex()).isEqualTo(9);
    assertThat(right.slicesUsed()).isEqualTo(15);
    // Each slice: one BME pixel of the same intensity as the head's (rows*10) pixels.
    double expected = 0;
    for (int i = 2; i <= 16; i++) {
      expected += 1.0 / (10 * (H - Math.abs(i - 9)));
    }
    assertThat(right.unetScore()).isCloseTo(expected, within(1e-12));
    assertThat(result.himrissRows()).extracting(r -> r.slice().sliceIndex()).containsExactly(
        2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(result.himrissRows().get(0).rightRole()).isEqualTo(SliceRole.ANTERIOR);
    assertThat(result.himrissRows().get(0).slice().hip(HipSide.RIGHT).headAreaMm2()).isEqualTo(3 * 10 * 2.0);
  }

  @Test
  void aHipWithoutFemoralHeadHasNoScoreAndTheTotalSaysItIsIncomplete() throws Exception {
    MrSeries series = series(20, new Vec3(0, 0, -1));
    ScoreResult result = new SeriesScorer(HimrissSettings.PAPER).score(series, segmentation(series, 9));

    assertThat(result.left().isScored()).isFalse();
    assertThat(result.left().problem()).contains("No left femoral head");
    assertThat(result.isComplete()).isFalse();
    assertThat(result.total()).isEqualTo(result.right().unetScore());
    assertThat(result.himrissRows()).allMatch(r -> r.leftRole() == null);
  }

  @Test
  void aSeriesWhoseNormalPointsAnteriorIsListedFromItsLastSlice() throws Exception {
    // Column direction +z (toward the head) flips the normal to -y: index 0 is the most posterior slice.
    MrSeries series = series(20, new Vec3(0, 0, 1));
    assertThat(AnatomicalOrder.anteriorFirst(series)).isFalse();

    ScoreResult result = new SeriesScorer(HimrissSettings.PAPER).score(series, segmentation(series, 9));

    List<Integer> order = result.himrissRows().stream().map(r -> r.slice().sliceIndex()).toList();
    assertThat(order.get(0)).isGreaterThan(order.get(order.size() - 1));
    assertThat(result.himrissRows().get(0).rightRole()).isEqualTo(SliceRole.ANTERIOR);
  }

  @Test
  void aSliceWhoseHeadSectionIsUnderAQuarterOfTheLargestDoesNotCountAndSaysWhy() throws Exception {
    MrSeries series = series(20, new Vec3(0, 0, -1));
    // With a peak of 10 rows at slice 9, slices 0, 1, 17 and 18 show 1 or 2 rows: 10 or 20 % of the largest section.
    ScoreResult strict = new SeriesScorer(new HimrissSettings(5, 8, 8, 0.25)).score(series, segmentation(series, 9));
    ScoreResult lenient = new SeriesScorer(new HimrissSettings(5, 8, 8, 0.0)).score(series, segmentation(series, 9));

    HipMeasurement edge = strict.allSlices().get(1).right();
    assertThat(edge.headPixels()).isEqualTo(20);
    assertThat(edge.counts()).isFalse();
    assertThat(edge.notCountedReason()).isEqualTo(
        "femoral head section under 25% of its largest, too small for a stable proportion");
    assertThat(strict.right().slicesNotCounted()).isEqualTo(lenient.right().slicesNotCounted() + 4);
    assertThat(strict.right().unetScore()).isCloseTo(
        lenient.right().unetScore() - 2 * (1.0 / 10) - 2 * (1.0 / 20), within(1e-12));
  }
}
