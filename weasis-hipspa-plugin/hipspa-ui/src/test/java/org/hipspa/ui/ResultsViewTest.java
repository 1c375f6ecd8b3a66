package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.HipSide;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.RecordingHost;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.Test;

class ResultsViewTest {

  @Test
  void underEachHipsTableTheSlicesThatDoNotCountAreNamedWithTheReason() throws Exception {
    // 15 slices 4 mm apart through heads of radius 24 mm: the first and last slices miss the heads.
    MrSeries series = TestPelvis.coronal(15);
    AnalysisResult result = KnownMasksSegmenter.returning(TestPelvis.truth(series)).pipeline(Clock.systemUTC())
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken());
    ResultsView view = new ResultsView(Executors.newSingleThreadExecutor(), s -> {});
    RecordingHost host = new RecordingHost(series);

    Edt.run(() -> view.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()), host, host));

    SliceTableModel right = view.tableModel(HipSide.RIGHT);
    List<String> notCounted = new ArrayList<>();
    for (int r = 0; r < right.getRowCount(); r++) {
      if (!right.counts(r)) {
        notCounted.add(String.valueOf(right.sliceIndexOf(r) + 1));
      }
    }
    assertThat(notCounted).isNotEmpty();
    assertThat(view.notCountedText()).isEqualTo("Not counted (dimmed): slice" + (notCounted.size() == 1 ? " " : "s ")
        + String.join(", ", notCounted) + ", no femoral head segmented on this slice.");
  }
}
