package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.HipspaException;
import org.hipspa.dicom.seg.SegWriter;
import org.hipspa.dicom.sr.MeasurementReportWriter;
import org.hipspa.phantom.PhantomReader;
import org.hipspa.phantom.SliceTruth;
import org.hipspa.report.AnalysisResult;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SeriesScorer;
import org.hipspa.score.SliceScores;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.Structure;
import org.hipspa.ui.AnalysisOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredResultTest {

  @TempDir static Path dir;
  private static PhantomStudy study;
  private static PhantomStudy other;

  @BeforeAll
  static void writeStudies() throws Exception {
    study = PhantomStudy.write(dir.resolve("one"), 11);
    other = PhantomStudy.write(dir.resolve("two"), 12);
  }

  private static StudyLoader.LoadedStudy open(Path folder, Path result) throws HipspaException {
    return StudyLoader.load(new ViewRequest(folder, null, null, result), f -> {}, () -> false);
  }

  @Test
  void aSegWrittenFromThePhantomsTruthOpensWithLayersEqualToTheTruthMasks() throws Exception {
    StudyLoader.LoadedStudy loaded = open(study.patientFolder(), study.segFile());

    AnalysisOutcome outcome = loaded.stored().orElseThrow().outcome();
    assertThat(outcome.result().prediction()).isEqualTo(study.truth());
    assertThat(outcome.shapes().size()).isEqualTo(study.series().size());
    for (int i = 0; i < study.series().size(); i++) {
      for (Structure s : Structure.values()) {
        boolean inTruth = !study.truth().slice(i).right().get(s).or(study.truth().slice(i).left().get(s)).isEmpty();
        assertThat(outcome.shapes().slice(i).containsKey(s)).as("slice %d %s", i, s).isEqualTo(inTruth);
      }
    }
  }

  @Test
  void itsSliceTableAndUNetScoreAreThoseOfTheTruthMasksOnTheSeriesPixels() throws Exception {
    AnalysisResult result = open(study.patientFolder(), study.segFile()).stored().orElseThrow().outcome().result();

    ScoreResult expected = new SeriesScorer(HimrissSettings.PAPER).score(study.series(), study.truth());
    assertThat(result.scores()).isEqualTo(expected);
    assertThat(result.scores().total()).isPositive();
    // Per slice, the lesion proportion the phantom generator wrote into truth.json for the same masks.
    var phantom = PhantomReader.read(study.patientFolder());
    for (SliceScores slice : result.scores().allSlices()) {
      SliceTruth truth = phantom.truth().get(slice.sliceIndex());
      for (HipSide side : HipSide.values()) {
        double generated = truth.hip(side).lesionProportion();
        if (slice.hip(side).headPixels() > 0 && Double.isFinite(generated)) {
          assertThat(slice.hip(side).lesionProportion()).as("slice %d %s", slice.sliceIndex(), side)
              .isCloseTo(generated, within(1e-3));
        }
      }
    }
  }

  @Test
  void theHimrissSettingsTheReportBesideTheSegRecordedAreTheOnesItIsScoredWith() throws Exception {
    HimrissSettings site = new HimrissSettings(3, 2, 1, 0.4);
    Path folder = Files.createDirectories(dir.resolve("site-result"));
    var seg = new SegWriter(PhantomStudy.TRUTH_WRITER).write(study.series(), study.truth(), folder.resolve("hipspa-seg.dcm"));
    new MeasurementReportWriter(PhantomStudy.TRUTH_WRITER).write(study.series(),
        new SeriesScorer(site).score(study.series(), study.truth()), seg, folder.resolve("hipspa-sr.dcm"));

    AnalysisResult result = open(study.patientFolder(), seg.file()).stored().orElseThrow().outcome().result();

    assertThat(result.provenance().settings()).isEqualTo(site);
    assertThat(result.scores()).isEqualTo(new SeriesScorer(site).score(study.series(), study.truth()));
    assertThat(result.scores()).isNotEqualTo(new SeriesScorer(HimrissSettings.PAPER).score(study.series(), study.truth()));
  }

  @Test
  void aPhantomFolderBringsItsGroundTruthAndItsScoresForTeaching() throws Exception {
    StudyLoader.LoadedStudy loaded = open(study.patientFolder(), study.segFile());

    assertThat(loaded.truth()).contains(study.truth());
    AnalysisResult result = loaded.stored().orElseThrow().outcome().result();
    assertThat(result.groundTruth()).contains(study.truth());
    assertThat(result.groundTruthScores()).contains(result.scores());
  }

  @Test
  void theResultFolderBesideTheStudyIsFoundWithoutBeingNamed() throws Exception {
    StoredResult found = open(study.patientFolder(), null).stored().orElseThrow();

    assertThat(found.segFile()).isEqualTo(study.segFile());
    assertThat(found.algorithm()).isEqualTo("Phantom truth 1");
  }

  @Test
  void withAnalyseTheResultBesideTheStudyIsLeftAloneSoTheModelCanRun() throws Exception {
    StudyLoader.LoadedStudy loaded = StudyLoader.load(new ViewRequest(study.patientFolder(), null, null, null, true),
        f -> {}, () -> false);

    assertThat(loaded.stored()).isEmpty();
    assertThat(loaded.truth()).contains(study.truth());
  }

  @Test
  void aResultFolderNamedWithResultOpensItsSeg() throws Exception {
    StoredResult found = open(study.patientFolder(), study.segFile().getParent()).stored().orElseThrow();

    assertThat(found.segFile()).isEqualTo(study.segFile());
  }

  @Test
  void aStudyWithoutAnyResultOpensForAnalysis() throws Exception {
    Path alone = dir.resolve("alone");
    Files.createDirectories(alone);
    Path copy = Files.createDirectories(alone.resolve("patient"));
    try (var files = Files.walk(study.patientFolder())) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(study.patientFolder().relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }

    assertThat(open(copy, null).stored()).isEmpty();
  }

  @Test
  void aSegOfAnotherSeriesIsRefusedInOneSentence() {
    assertThatThrownBy(() -> open(study.patientFolder(), other.segFile()))
        .isInstanceOf(HipspaException.class)
        .hasMessageContaining("was made on another series")
        .hasMessageEndingWith("open it together with the series it was made from.");
  }

  @Test
  void aMissingResultIsRefusedInOneSentence() {
    assertThatThrownBy(() -> open(study.patientFolder(), dir.resolve("no-such.dcm")))
        .isInstanceOf(HipspaException.class)
        .hasMessage("The result " + dir.resolve("no-such.dcm") + " does not exist; pass --result a SEG file written by HipSpA.");
  }

  @Test
  void aFolderWithoutImagesIsRefusedWithTheReadersSentence() {
    assertThatThrownBy(() -> open(dir.resolve("nothing-here"), null))
        .isInstanceOf(HipspaException.class)
        .hasMessageContaining("nothing-here");
  }
}
