package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipspa.phantom.PhantomCohort;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomReader;
import org.hipspa.phantom.PhantomSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PhantomCommandTest {
  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new HipspaCommand()).execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void writesOneFolderPerPatientWithAProgressLineEachAndASummary() throws Exception {
    Path out = tmp.resolve("cohort");
    Run r = run("phantom", "--patients", "2", "--seed", "7", "--slices", "3", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("[1/2] PHANTOM_HIP_0001");
    assertThat(lines.get(1)).startsWith("[2/2] PHANTOM_HIP_0002");
    assertThat(lines.get(2)).startsWith("Wrote 2 synthetic patients");
    assertThat(Files.readAllLines(out.resolve(PhantomCohort.COHORT_CSV))).hasSize(3);
    var folder = PhantomReader.read(out.resolve("PHANTOM_HIP_0002"));
    assertThat(folder.truth()).hasSize(3);
    try (var dicom = Files.list(folder.dicomFolder())) {
      assertThat(dicom.count()).isEqualTo(3);
    }
    // Patient 2 can be made again in memory from the cohort seed alone.
    PhantomPatient again = new PhantomGenerator().generate(PhantomCohort.patientSettings(
        PhantomSettings.defaults(0).withSlices(3, 4, 4), 7, 2));
    assertThat(again.truth()).isEqualTo(folder.truth());
  }

  @Test
  void refusesAFolderItDidNotWriteAndLeavesItAlone() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("someone-elses"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Run r = run("phantom", "--patients", "1", "--slices", "2", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).contains("already holds files that hipspa phantom did not write")
        .endsWith(".").doesNotContain("Exception");
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void replacesACohortItWroteBeforeWithoutMixingTheTwoRuns() {
    Path out = tmp.resolve("again");
    assertThat(run("phantom", "--patients", "2", "--slices", "2", "--out", out.toString()).exit()).isZero();
    Run second = run("phantom", "--patients", "1", "--slices", "3", "--out", out.toString());
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("Removed 1 patient folders left from an earlier, larger run");
    assertThat(out.resolve("PHANTOM_HIP_0002")).doesNotExist();
    assertThat(out.resolve("PHANTOM_HIP_0001/dicom/IM_0003.dcm")).exists();
  }

  @Test
  void explainsABadDifficultyInOneSentence() {
    Run r = run("phantom", "--patients", "1", "--difficulty", "brutal", "--out", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("--difficulty must be easy, medium or hard, not \"brutal\".");
  }
}
