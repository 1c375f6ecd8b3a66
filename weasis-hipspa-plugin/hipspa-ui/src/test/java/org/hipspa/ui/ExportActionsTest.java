package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.ReportWriter;
import org.hipspa.report.SliceTableCsv;
import org.hipspa.score.HimrissSettings;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportActionsTest {

  private static AnalysisResult result;
  private final ExecutorService writer = Executors.newSingleThreadExecutor();
  private final List<String> told = new ArrayList<>();
  private final ExportActions export = new ExportActions(writer, told::add);
  @TempDir Path temp;

  @BeforeAll
  static void analyse() throws Exception {
    MrSeries series = TestPelvis.coronal(11);
    result = KnownMasksSegmenter.returning(TestPelvis.truth(series)).pipeline(Clock.systemUTC())
        .analyse(series, Optional.empty(), ProgressListener.NONE, new CancelToken());
  }

  @AfterEach
  void stop() {
    writer.shutdownNow();
  }

  @Test
  void withoutAResultNothingCanBeSaved() {
    assertThat(export.reportButton().isEnabled()).isFalse();
    assertThat(export.csvButton().isEnabled()).isFalse();
    assertThat(export.segSrButton().isEnabled()).isFalse();
  }

  @Test
  void theSegAndSrAreWrittenIntoANewFolderAndTheSegHoldsEverySlice() throws Exception {
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()));
    assertThat(export.segSrButton().isEnabled()).isTrue();
    Path folder = temp.resolve("dicom-results");

    export.saveSegSr(folder).get(60, TimeUnit.SECONDS);

    assertThat(folder.resolve("hipspa-series-1-seg.dcm")).isRegularFile();
    assertThat(folder.resolve("hipspa-series-1-sr.dcm")).isRegularFile();
    assertThat(org.hipspa.dicom.seg.SegReader.read(folder.resolve("hipspa-series-1-seg.dcm"), result.series()).slices())
        .hasSize(result.series().size());
    Edt.run(() -> {});
    assertThat(told).containsExactly("The DICOM SEG and SR were saved in " + folder + ".");
  }

  @Test
  void theSavedSegAndSrAreHandedWholeToTheHostsStudyImport() throws Exception {
    List<List<Path>> imported = new ArrayList<>();
    List<Boolean> completeWhenImported = new ArrayList<>();
    export.addSavedResultsTo(() -> Optional.of(files -> {
      imported.add(files);
      completeWhenImported.add(files.stream().allMatch(Files::isRegularFile));
      return true;
    }));
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()));
    Path folder = temp.resolve("into-the-study");

    export.saveSegSr(folder).get(60, TimeUnit.SECONDS);

    assertThat(imported).containsExactly(
        List.of(folder.resolve("hipspa-series-1-seg.dcm"), folder.resolve("hipspa-series-1-sr.dcm")));
    assertThat(completeWhenImported).containsExactly(true);
    Edt.run(() -> {});
    assertThat(told).containsExactly("The DICOM SEG and SR were saved in " + folder + " and added to the open study.");
  }

  @Test
  void aSeriesInNoStudyTheHostCanAddToIsSaidSoAndTheFilesStay() throws Exception {
    export.addSavedResultsTo(() -> Optional.of(files -> false));
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()));
    Path folder = temp.resolve("not-added");

    export.saveSegSr(folder).get(60, TimeUnit.SECONDS);

    assertThat(folder.resolve("hipspa-series-1-seg.dcm")).isRegularFile();
    Edt.run(() -> {});
    assertThat(told).singleElement().asString().startsWith("The DICOM SEG and SR were saved in " + folder + ";")
        .contains("import the folder");
  }

  @Test
  void theReportFolderIsWrittenWholeWithHtmlJsonCsvAndOverlays() throws Exception {
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()));
    Path folder = temp.resolve("hipspa-report");

    export.saveReport(folder).get(60, TimeUnit.SECONDS);

    assertThat(folder.resolve(ReportWriter.HTML)).isRegularFile();
    assertThat(folder.resolve(ReportWriter.JSON)).isRegularFile();
    assertThat(folder.resolve(ReportWriter.CSV)).hasContent(SliceTableCsv.render(result.scores()).strip());
    assertThat(folder.resolve(ReportWriter.OVERLAYS)).isDirectoryContaining("glob:**/slice-*.jpg");
    Edt.run(() -> {});
    assertThat(told).containsExactly("The report was saved in " + folder + ".");
  }

  @Test
  void aReportFolderInsideAnInputFolderIsRefusedWithASentence() throws Exception {
    Path input = Files.createDirectories(temp.resolve("dicom-in"));
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of(input)));

    assertThatThrownBy(() -> export.saveReport(input.resolve("out")).get(60, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class);
    Edt.run(() -> {});
    assertThat(told).singleElement().asString().contains("lies inside the input folder");
    assertThat(input).isEmptyDirectory();
  }

  @Test
  void theCsvIsTheSliceTableAndNoTemporaryFileIsLeft() throws Exception {
    export.show(new AnalysisOutcome(result, SliceShapes.of(result.prediction()), List.of()));
    Path csv = temp.resolve("table.csv");

    export.saveCsv(csv).get(60, TimeUnit.SECONDS);

    assertThat(Files.readString(csv)).isEqualTo(SliceTableCsv.render(result.scores()));
    try (var files = Files.list(temp)) {
      assertThat(files).containsExactly(csv);
    }
  }
}
