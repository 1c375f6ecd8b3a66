package org.hipspa.dicom.sr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.dicom.seg.SegWriter;
import org.hipspa.dicom.seg.WrittenSegmentation;
import org.hipspa.image.MrSeries;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.SeriesScorer;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.testing.SyntheticHipStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedHimrissSettingsTest {
  private static final HimrissSettings SITE = new HimrissSettings(3, 2, 1, 0.4);

  @TempDir Path dir;
  WrittenSegmentation seg;
  Path sr;

  @BeforeEach
  void writeSegAndReport() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 11);
    SeriesSegmentation segmentation = SyntheticHipStack.segmentation(series);
    var writer = MeasurementReportWriterTest.MODEL;
    seg = new SegWriter(writer).write(series, segmentation, dir.resolve("a-seg.dcm"));
    sr = new MeasurementReportWriter(writer)
        .write(series, new SeriesScorer(SITE).score(series, segmentation), seg, dir.resolve("a-sr.dcm")).file();
  }

  @Test
  void theSettingsAReportRecordedForItsSegReadBackExactly() {
    assertThat(RecordedHimrissSettings.read(sr, seg.sopInstanceUid())).contains(SITE);
  }

  @Test
  void aReportThatDoesNotListTheSegAmongItsEvidenceGivesNothing() {
    assertThat(RecordedHimrissSettings.read(sr, "2.25.1234")).isEmpty();
  }

  @Test
  void noReportOrAFileThatIsNotAReportGivesNothing() throws Exception {
    assertThat(RecordedHimrissSettings.read(dir.resolve("none-sr.dcm"), seg.sopInstanceUid())).isEmpty();
    assertThat(RecordedHimrissSettings.read(seg.file(), seg.sopInstanceUid())).isEmpty();
    Path garbage = Files.writeString(dir.resolve("garbage-sr.dcm"), "not DICOM");
    assertThat(RecordedHimrissSettings.read(garbage, seg.sopInstanceUid())).isEmpty();
  }
}
