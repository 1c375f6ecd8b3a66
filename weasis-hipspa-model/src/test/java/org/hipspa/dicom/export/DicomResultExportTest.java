package org.hipspa.dicom.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.hipspa.dicom.seg.SegReader;
import org.hipspa.image.MrSeries;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SeriesScorer;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.testing.SyntheticHipStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomResultExportTest {
  @TempDir Path dir;

  @Test
  void writesTheSegAndAReportThatReferencesItIntoTheChosenFolderOnly() throws Exception {
    MrSeries series = SyntheticHipStack.series(20, 16, 7);
    SeriesSegmentation masks = SyntheticHipStack.segmentation(series);
    ScoreResult score = new SeriesScorer(HimrissSettings.PAPER).score(series, masks);
    Path out = dir.resolve("results");

    var written = new DicomResultExport(new AlgorithmIdentity("HipSpA U-Net test", "0.0.1", ""))
        .write(series, masks, score, out, "series-7");

    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder("series-7-seg.dcm", "series-7-sr.dcm");
    }
    AttributeList sr = new AttributeList();
    sr.read(written.srFile().toFile());
    Set<String> referenced = AttributeList.findAllNestedReferencedSOPInstanceUIDs(sr);
    assertThat(referenced).contains(written.segmentation().sopInstanceUid(), series.slice(0).sopInstanceUid());
    assertThat(SegReader.read(written.segFile(), series).slices()).hasSize(series.size());
  }
}
