package org.hipspa.dicom.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void patientAndStudyAttributesAreCopiedUnchangedEvenWithAccentedNames() throws Exception {
    MrSeries plain = SyntheticHipStack.series(13, 11, 5);
    var study = new org.hipspa.image.StudyInfo("Müller^Jürgen", "PID-42", "19700203", "M", "2.25.777", "20250102",
        "081500", "S1", "A-9", "Dr Ørsted", "MR Becken");
    MrSeries series = new MrSeries(study, plain.seriesInstanceUid(), plain.frameOfReferenceUid(), plain.seriesNumber(),
        plain.seriesDescription(), plain.modality(), plain.normal(), plain.orientation(), plain.sliceStepMm(),
        plain.sliceThicknessMm(), plain.slices());
    SeriesSegmentation masks = SyntheticHipStack.segmentation(series);
    ScoreResult score = new SeriesScorer(HimrissSettings.PAPER).score(series, masks);

    var written = new DicomResultExport(new AlgorithmIdentity("HipSpA U-Net test", "0.0.1", ""))
        .write(series, masks, score, dir, "x");

    for (Path file : List.of(written.segFile(), written.srFile())) {
      AttributeList list = new AttributeList();
      list.read(file.toFile());
      assertThat(text(list, TagFromName.PatientName)).isEqualTo("Müller^Jürgen");
      assertThat(text(list, TagFromName.PatientID)).isEqualTo("PID-42");
      assertThat(text(list, TagFromName.PatientBirthDate)).isEqualTo("19700203");
      assertThat(text(list, TagFromName.StudyInstanceUID)).isEqualTo("2.25.777");
      assertThat(text(list, TagFromName.AccessionNumber)).isEqualTo("A-9");
      assertThat(text(list, TagFromName.ReferringPhysicianName)).isEqualTo("Dr Ørsted");
      assertThat(text(list, TagFromName.StudyID)).isEqualTo("S1");
      assertThat(text(list, TagFromName.SeriesInstanceUID)).isNotEqualTo(series.seriesInstanceUid());
    }
  }

  private static String text(AttributeList list, com.pixelmed.dicom.AttributeTag tag) {
    return com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(list, tag);
  }
}
