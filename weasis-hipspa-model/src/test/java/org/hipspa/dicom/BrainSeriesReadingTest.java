package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.Plane;
import org.junit.jupiter.api.Test;

/** The real 20-slice brain series: one series, sorted by position, a 7 mm step, axial oblique. */
class BrainSeriesReadingTest {
  private final DicomSeriesReader reader = new DicomSeriesReader();

  @Test
  void scanFindsOneSeriesOfTwentyImagesFromHeadersAlone() throws Exception {
    SeriesScan scan = reader.scan(List.of(DicomTestFiles.BRAIN));

    assertThat(scan.series()).hasSize(1);
    assertThat(scan.skippedCount()).isZero();
    SeriesCandidate brain = scan.series().get(0);
    assertThat(brain.seriesNumber()).isEqualTo(2);
    assertThat(brain.seriesDescription()).isEqualTo("FSE PD AXIAL OBL");
    assertThat(brain.modality()).isEqualTo("MR");
    assertThat(brain.imageCount()).isEqualTo(20);
    assertThat(brain.frameCount()).isEqualTo(20);
    assertThat(brain.rows()).isEqualTo(256);
    assertThat(brain.columns()).isEqualTo(256);
    assertThat(brain.orientation().describe()).isEqualTo("axial oblique (7.7°)");
    assertThat(brain.pixelSpacingRowMm()).isEqualTo(0.859375);
    assertThat(brain.pixelSpacingColumnMm()).isEqualTo(0.859375);
  }

  @Test
  void loadsTwentySlicesSortedByPositionWithTheMeasuredSevenMillimetreStepNotSpacingBetweenSlices() throws Exception {
    MrSeries series = reader.read(List.of(DicomTestFiles.BRAIN), null, ReadProgress.NONE);

    assertThat(series.size()).isEqualTo(20);
    // SpacingBetweenSlices says 2; the positions, stored to 0.1 mm, are 6.9 to 7.1 mm apart.
    assertThat(series.sliceStepMm()).isCloseTo(7.0, within(0.1));
    assertThat(series.sliceThicknessMm()).isEqualTo(5.0);
    assertThat(series.orientation().plane()).isEqualTo(Plane.AXIAL);
    assertThat(series.orientation().isOblique()).isTrue();
    assertThat(series.orientation().tiltDegrees()).isCloseTo(7.7, within(0.05));
    assertThat(series.spacingX()).isEqualTo(0.859375);
    assertThat(series.spacingY()).isEqualTo(0.859375);
    assertThat(series.rows()).isEqualTo(256);
    assertThat(series.columns()).isEqualTo(256);
    assertThat(series.seriesInstanceUid()).isEqualTo("0.0.0.0.3.8811.2.20010413115754.12432");
    assertThat(series.frameOfReferenceUid()).isEqualTo("0.0.0.0.4.8811.2.20010413115754.12432");
    assertThat(series.study().studyInstanceUid()).isEqualTo("0.0.0.0.2.8811.20010413115754.12432");

    List<Double> positions = series.slices().stream().map(MrSlice::positionMm).toList();
    assertThat(positions).isSorted();
    for (int i = 1; i < positions.size(); i++) {
      assertThat(positions.get(i) - positions.get(i - 1)).isCloseTo(7.0, within(0.15));
    }
    for (MrSlice slice : series.slices()) {
      assertThat(slice.frameNumber()).isEqualTo(1);
      assertThat(slice.sopInstanceUid()).isNotBlank();
      assertThat(slice.positionMm()).isEqualTo(slice.geometry().position().dot(series.normal()));
    }
    // Pixels are signed 16-bit with rescale 1/0: the largest value in the first file's header is 884.
    MrSlice first = series.slices().stream().filter(s -> s.instanceNumber() == 1).findFirst().orElseThrow();
    float max = Float.NEGATIVE_INFINITY;
    for (float v : first.pixels().values()) {
      max = Math.max(max, v);
    }
    assertThat(max).isEqualTo(884f);
  }

  @Test
  void reportsProgressAfterEachFileUpToOne() throws Exception {
    SeriesCandidate brain = reader.scan(List.of(DicomTestFiles.BRAIN)).choose(null);
    List<Double> fractions = new ArrayList<>();

    reader.load(brain, ReadProgress.reportingTo(fractions::add));

    assertThat(fractions).hasSize(20).isSorted();
    assertThat(fractions.get(0)).isEqualTo(0.05);
    assertThat(fractions.get(19)).isEqualTo(1.0);
  }

  @Test
  void readReportsTheScanThenTheLoadAsOneRisingFractionEndingAtOne() throws Exception {
    List<Double> fractions = new ArrayList<>();

    reader.read(List.of(DicomTestFiles.BRAIN), null, ReadProgress.reportingTo(fractions::add));

    assertThat(fractions).hasSize(40).isSorted();
    assertThat(fractions.get(19)).isCloseTo(0.1, within(1e-12)); // headers are read quickly
    assertThat(fractions.get(39)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void stopsWhenTheCancelCheckSaysSo() throws Exception {
    SeriesCandidate brain = reader.scan(List.of(DicomTestFiles.BRAIN)).choose(null);
    AtomicInteger filesRead = new AtomicInteger();
    ReadProgress cancelAfterThree = new ReadProgress(f -> filesRead.incrementAndGet(), () -> filesRead.get() >= 3);

    assertThatThrownBy(() -> reader.load(brain, cancelAfterThree))
        .isInstanceOf(ReadCancelledException.class)
        .hasMessage("Reading the DICOM files was cancelled.");
    assertThat(filesRead.get()).isEqualTo(3);
  }

  @Test
  void stopsWhenTheThreadIsInterruptedAndKeepsTheInterruptFlag() throws Exception {
    SeriesCandidate brain = reader.scan(List.of(DicomTestFiles.BRAIN)).choose(null);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> reader.load(brain, ReadProgress.NONE)).isInstanceOf(ReadCancelledException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void acceptsSingleFilesAsWellAsFolders() throws Exception {
    Path a = DicomTestFiles.BRAIN.resolve("brain_005.dcm");
    Path b = DicomTestFiles.BRAIN.resolve("brain_006.dcm");

    MrSeries two = reader.read(List.of(b, a), null, ReadProgress.NONE);

    assertThat(two.size()).isEqualTo(2);
    assertThat(two.sliceStepMm()).isCloseTo(7.0, within(0.1));
  }
}
