package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hipspa.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hipspa series} lists what a person needs to choose a series, and refuses with one sentence. */
class SeriesCommandTest {
  private static final Path BRAIN = SharedData.realMr("brain-axial-20");
  private static final Path MR_SMALL = SharedData.realMr("encodings/pydicom_MR_small.dcm");
  private static final String BRAIN_UID = "0.0.0.0.3.8811.2.20010413115754.12432";

  record Run(int exitCode, String out, String err) {}

  private static Run hipspa(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HipspaCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOrientationSlicesSizeSpacingAndTheMeasuredStepOfTheBrainSeries() {
    Run run = hipspa("series", BRAIN.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(
        "Found 1 series in 20 DICOM image files; no file skipped.",
        "Series #2 \"FSE PD AXIAL OBL\" (MR)",
        "  UID             " + BRAIN_UID,
        "  orientation     axial oblique (7.7°)",
        "  slices          20",
        "  rows x columns  256 x 256",
        "  pixel spacing   0.859375 x 0.859375 mm",
        "  slice step      6.97 mm, measured between slice positions; SliceThickness 5 mm");
  }

  @Test
  void printsNoPatientIdentifiers() {
    Run run = hipspa("series", BRAIN.toString());

    // PatientID, StudyDate, StudyID, StationName and PatientSex of the brain files.
    assertThat(run.out() + run.err()).doesNotContain("123565", "20010316", "8811\n", "MRS1", " F\n");
  }

  @Test
  void listsSeveralSeriesAndCountsSkippedFiles(@TempDir Path tmp) throws Exception {
    Path study = Files.createDirectories(tmp.resolve("study"));
    for (Path f : Files.list(BRAIN).toList()) {
      Files.copy(f, study.resolve(f.getFileName()));
    }
    Files.copy(MR_SMALL, study.resolve("small.dcm"));
    Files.writeString(study.resolve("README.txt"), "export notes");

    Run all = hipspa("series", study.toString());
    Run one = hipspa("series", "--series", BRAIN_UID, study.toString());

    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("Found 2 series in 21 DICOM image files; skipped 1 file (1 not DICOM).",
        "Series #1 (MR)", "Series #2 \"FSE PD AXIAL OBL\" (MR)");
    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).contains("Series #2").doesNotContain("Series #1");
  }

  @Test
  void aMissingPathExitsNonZeroWithOneSentenceAndNoStackTrace(@TempDir Path tmp) {
    Path missing = tmp.resolve("nowhere");

    Run run = hipspa("series", missing.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("The path " + missing
        + " does not exist; check its spelling, or name the folder that holds the MR series." + System.lineSeparator());
  }

  @Test
  void anUnknownSeriesUidExitsNonZeroListingTheSeriesFound() {
    Run run = hipspa("series", "--series", "1.2.3", BRAIN.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).startsWith("No series has the UID 1.2.3;").contains(BRAIN_UID).doesNotContain("Exception");
  }

  @Test
  void aTruncatedFileIsListedAsNotUsableWithItsSentenceAndPixelMedStaysQuiet() {
    Path truncated = SharedData.realMr("encodings/pydicom_MR_truncated.dcm");
    AtomicInteger pixelmedRecords = new AtomicInteger();
    Logger pixelmed = Logger.getLogger("com.pixelmed");
    Handler counter = new Handler() {
      @Override
      public void publish(LogRecord record) {
        pixelmedRecords.incrementAndGet();
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    pixelmed.addHandler(counter);
    try {
      Run run = hipspa("series", truncated.toString());

      assertThat(run.exitCode()).isNotZero();
      assertThat(run.out()).contains("  not usable      The pixel data of " + truncated + " is cut short or damaged");
      assertThat(pixelmedRecords.get()).as("PixelMed log records shown to the user").isZero();
    } finally {
      pixelmed.removeHandler(counter);
    }
  }
}
