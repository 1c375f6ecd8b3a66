package org.hipspa.dicom.sr;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.ContentItemFactory;
import com.pixelmed.dicom.StructuredReport;
import com.pixelmed.validate.DicomSRValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.dicom.seg.SegWriter;
import org.hipspa.dicom.seg.ValidationNotes;
import org.hipspa.dicom.seg.WrittenSegmentation;
import org.hipspa.image.MrSeries;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SeriesScorer;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.testing.ExternalTool;
import org.hipspa.testing.SyntheticHipStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementReportWriterTest {
  static final AlgorithmIdentity MODEL = new AlgorithmIdentity("HipSpA U-Net test", "0.0.1", "cd".repeat(32));

  @TempDir Path dir;
  MrSeries series;
  ScoreResult score;
  Path sr;

  @BeforeEach
  void writeSegAndReport() throws Exception {
    series = SyntheticHipStack.series(32, 24, 11);
    SeriesSegmentation segmentation = SyntheticHipStack.segmentation(series);
    score = new SeriesScorer(new HimrissSettings(3, 2, 2)).score(series, segmentation);
    WrittenSegmentation seg = new SegWriter(MODEL).write(series, segmentation, dir.resolve("seg.dcm"));
    sr = new MeasurementReportWriter(MODEL).write(series, score, seg, dir.resolve("sr.dcm")).file();
  }

  @Test
  void dciodvfyReportsNoErrorsForTheReport() throws Exception {
    ExternalTool.Result result = ExternalTool.dciodvfy(sr);
    ValidationNotes.save("sr-dciodvfy.txt", result.output());
    ValidationNotes.keep("example-sr.dcm", sr);

    assertThat(result.output()).contains("Comprehensive3DSR");
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void pixelmedsSrValidatorFindsNoErrorInTheReport() throws Exception {
    // PixelMed's XSLT validator takes about a second per measurement group: a short series keeps it quick.
    MrSeries small = SyntheticHipStack.series(16, 12, 5);
    SeriesSegmentation masks = SyntheticHipStack.segmentation(small);
    ScoreResult smallScore = new SeriesScorer(new HimrissSettings(1, 1, 1)).score(small, masks);
    WrittenSegmentation seg = new SegWriter(MODEL).write(small, masks, dir.resolve("small-seg.dcm"));
    Path report = new MeasurementReportWriter(MODEL).write(small, smallScore, seg, dir.resolve("small-sr.dcm")).file();
    AttributeList list = new AttributeList();
    list.read(report.toFile());

    String result = new DicomSRValidator().validate(list);
    ValidationNotes.save("sr-pixelmed-validator.txt", result);

    assertThat(result).contains("Found Root Template TID_1500 (MeasurementReport)");
    assertThat(result.lines().filter(l -> l.startsWith("Error"))).isEmpty();
    assertThat(result.lines().filter(l -> l.contains("not in template"))).isEmpty();
  }

  @Test
  void theUnetScoresReadBackWithPixelmedEqualTheScoreResult() throws Exception {
    AttributeList list = new AttributeList();
    list.read(sr.toFile());
    ContentItem root = (ContentItem) new StructuredReport(list).getRoot();

    List<Double> unetScores = new ArrayList<>();
    collect(root, "UNET-SCORE", unetScores);

    assertThat(score.isComplete()).isTrue();
    assertThat(unetScores).containsExactly(score.right().unetScore(), score.left().unetScore(), score.total());
  }

  @Test
  void everyHimrissSliceWithAFemoralHeadHasItsLesionProportionInTheReport() throws Exception {
    AttributeList list = new AttributeList();
    list.read(sr.toFile());
    List<Double> proportions = new ArrayList<>();
    collect((ContentItem) new StructuredReport(list).getRoot(), "LESION-PROP", proportions);

    List<Double> expected = new ArrayList<>();
    for (var side : org.hipspa.segment.HipSide.values()) {
      for (var row : score.himrissRows()) {
        if (row.role(side) != null && row.slice().hip(side).counts()) {
          expected.add(row.slice().hip(side).lesionProportion());
        }
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(proportions).containsExactlyElementsOf(expected);
  }

  @Test
  void dsrdumpShowsTheReportAsUnverifiedWithTheModelAsObserver() throws Exception {
    ExternalTool.Result dump = ExternalTool.run(dir, "dsrdump", sr.toString());
    ValidationNotes.save("sr-dsrdump.txt", dump.output());

    assertThat(dump.exitCode()).isZero();
    assertThat(dump.output()).contains("UNVERIFIED").contains("HipSpA U-Net test 0.0.1").contains("UNet-score");
  }

  @Test
  void aHipWithoutFemoralHeadGetsAnIndeterminateScoreNotAZero() throws Exception {
    List<org.hipspa.segment.SliceSegmentation> rightOnly = new ArrayList<>();
    SeriesSegmentation masks = SyntheticHipStack.segmentation(series);
    for (var slice : masks.slices()) {
      rightOnly.add(new org.hipspa.segment.SliceSegmentation(
          slice.right(), org.hipspa.segment.HipMasks.empty(series.columns(), series.rows())));
    }
    SeriesSegmentation input = new SeriesSegmentation(series.seriesInstanceUid(), rightOnly);
    ScoreResult incomplete = new SeriesScorer(HimrissSettings.PAPER).score(series, input);
    WrittenSegmentation seg = new SegWriter(MODEL).write(series, input, dir.resolve("seg2.dcm"));
    Path report = new MeasurementReportWriter(MODEL).write(series, incomplete, seg, dir.resolve("sr2.dcm")).file();

    AttributeList list = new AttributeList();
    list.read(report.toFile());
    List<ContentItemFactory.NumericContentItem> scores = new ArrayList<>();
    numbers((ContentItem) new StructuredReport(list).getRoot(), "UNET-SCORE", scores);

    assertThat(incomplete.left().isScored()).isFalse();
    assertThat(scores).hasSize(3);
    assertThat(scores.get(0).getFloatingPointValue()).isEqualTo(incomplete.right().unetScore());
    assertThat(scores.get(1).getNumericValue()).isNullOrEmpty();
    assertThat(scores.get(1).getQualifier().getCodeMeaning()).isEqualTo("Value indeterminate");
    assertThat(scores.get(2).getQualifier().getCodeMeaning()).isEqualTo("Value indeterminate");
    assertThat(ExternalTool.dciodvfy(report).errors()).isEmpty();
  }

  private static void numbers(ContentItem item, String codeValue, List<ContentItemFactory.NumericContentItem> out) {
    if (item instanceof ContentItemFactory.NumericContentItem n && codeValue.equals(n.getConceptNameCodeValue())) {
      out.add(n);
    }
    for (int i = 0; i < item.getChildCount(); i++) {
      numbers((ContentItem) item.getChildAt(i), codeValue, out);
    }
  }

  private static void collect(ContentItem item, String codeValue, List<Double> out) {
    if (item instanceof ContentItemFactory.NumericContentItem n && codeValue.equals(n.getConceptNameCodeValue())) {
      out.add(n.getFloatingPointValue());
    }
    for (int i = 0; i < item.getChildCount(); i++) {
      collect((ContentItem) item.getChildAt(i), codeValue, out);
    }
  }
}
