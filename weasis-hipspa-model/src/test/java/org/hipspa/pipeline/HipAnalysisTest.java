package org.hipspa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.report.AnalysisResult;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.HipSide;
import org.hipspa.testing.FixedSegmenter;
import org.hipspa.testing.SimplePelvis;
import org.junit.jupiter.api.Test;

class HipAnalysisTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void analysesASeriesThroughEveryStageAndRecordsProvenance() throws Exception {
    MrSeries series = SimplePelvis.coronal(11);
    var truth = SimplePelvis.truth(series);
    List<Stage> stages = new ArrayList<>();

    AnalysisResult result = new HipAnalysis(SimplePelvis.locator(series), new FixedSegmenter(truth), HimrissSettings.PAPER, "test", CLOCK)
        .analyse(series, Optional.of(truth), (stage, fraction) -> stages.add(stage), new CancelToken());

    assertThat(stages).contains(Stage.LOCATE, Stage.SEGMENT, Stage.SCORE);
    assertThat(result.cropBoxes()).containsKeys(HipSide.RIGHT, HipSide.LEFT);
    assertThat(result.scores().right().centralSliceIndex()).isEqualTo(5);
    assertThat(result.scores().right().unetScore()).isGreaterThan(0);
    assertThat(result.scores().left().unetScore()).isZero();
    assertThat(result.groundTruthScores()).isPresent();
    assertThat(result.provenance().seriesInstanceUid()).isEqualTo(series.seriesInstanceUid());
    assertThat(result.provenance().analysedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void aCancelledAnalysisStopsWithTheCancelSentence() throws Exception {
    MrSeries series = SimplePelvis.coronal(7);
    CancelToken cancel = new CancelToken();
    cancel.cancel();

    assertThatThrownBy(() -> new HipAnalysis(SimplePelvis.locator(series), new FixedSegmenter(SimplePelvis.truth(series)), HimrissSettings.PAPER,
        "test", CLOCK).analyse(series, Optional.empty(), ProgressListener.NONE, cancel))
        .isInstanceOf(AnalysisCancelledException.class)
        .hasMessage("The analysis was cancelled; nothing was written.");
  }
}
