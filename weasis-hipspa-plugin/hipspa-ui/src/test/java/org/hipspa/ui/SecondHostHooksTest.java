package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.RecordingHost;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the standalone viewer, the panel's second host, needs: ground truth into the pipeline, and stored results. */
class SecondHostHooksTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private static MrSeries series;
  private static SeriesSegmentation truth;

  private final RecordingHost host = new RecordingHost(series);
  private final AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), host);

  @BeforeAll
  static void pelvis() throws Exception {
    series = TestPelvis.coronal(11);
    truth = TestPelvis.truth(series);
  }

  @AfterEach
  void closePanel() throws Exception {
    Edt.run(panel::dispose);
  }

  @Test
  void aSeriesSourceHasNoGroundTruthUnlessItSaysSo() throws Exception {
    SeriesSource plain = (progress, cancel) -> series;

    assertThat(plain.groundTruth(series)).isEmpty();
  }

  @Test
  void groundTruthFromTheSeriesSourceReachesThePipelineAndIsScored() throws Exception {
    SeriesSource withTruth = new SeriesSource() {
      @Override
      public MrSeries load(ProgressListener progress, CancelToken cancel) {
        return series;
      }

      @Override
      public Optional<SeriesSegmentation> groundTruth(MrSeries loaded) {
        return Optional.of(truth);
      }
    };
    AnalysisHost host = new AnalysisHost() {
      @Override
      public Optional<SeriesSource> selectedSeries() {
        return Optional.of(withTruth);
      }

      @Override
      public SliceNavigator navigator() {
        return SliceNavigator.NONE;
      }

      @Override
      public LesionLayers layers() {
        return LesionLayers.NONE;
      }
    };
    AnalysisPanel teaching = Edt.call(() -> new AnalysisPanel(ModelSummary.defaultModel(), host));
    try {
      Edt.run(() -> teaching.usePipeline(KnownMasksSegmenter.returning(truth).pipeline(CLOCK),
          AnalysisController.daemonThreads()));
      assertThat(Edt.call(teaching::analyse)).isTrue();
      Edt.await(() -> teaching.outcome().isPresent(), HANG_GUARD);

      AnalysisResult result = teaching.outcome().orElseThrow().result();
      assertThat(result.groundTruth()).contains(truth);
      assertThat(result.groundTruthScores()).isPresent();
      assertThat(result.groundTruthScores().orElseThrow().total()).isEqualTo(result.scores().total());
    } finally {
      Edt.run(teaching::dispose);
    }
  }

  @Test
  void aStoredResultIsShownLikeAFinishedAnalysisWithTheHostsSentenceAndNoPipeline() throws Exception {
    AnalysisResult stored = KnownMasksSegmenter.returning(truth).pipeline(CLOCK)
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken());
    AnalysisOutcome outcome = new AnalysisOutcome(stored, SliceShapes.of(stored.prediction()), List.of());

    Edt.run(() -> panel.showStored(outcome, "Stored result hipspa-seg.dcm: the model was not run."));

    assertThat(panel.outcome()).containsSame(outcome);
    assertThat(panel.statusText()).isEqualTo("Stored result hipspa-seg.dcm: the model was not run.");
    assertThat(host.layerCalls).containsExactly("show");
    assertThat(host.shapes).isSameAs(outcome.shapes());
    assertThat(Edt.call(() -> panel.resultsArea().showsPlaceholder())).isFalse();
    assertThat(Edt.call(() -> panel.resultsView().tableModel(HipSide.RIGHT).getRowCount())).isPositive();
    assertThat(Edt.call(panel.analyseButton()::isEnabled)).isFalse();

    Edt.run(() -> panel.resultsView().table(HipSide.RIGHT).setRowSelectionInterval(0, 0));
    assertThat(host.slicesShown).hasSize(1);
  }
}
