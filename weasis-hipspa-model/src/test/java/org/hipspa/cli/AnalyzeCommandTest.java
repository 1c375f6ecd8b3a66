package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.Stage;
import org.hipspa.score.HimrissSettings;
import org.hipspa.testing.SharedData;
import org.hipspa.testing.ShippedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** hipspa analyze on real files: one sentence and no output for every refusal, inputs never written. */
class AnalyzeCommandTest {
  @TempDir static Path shared;
  static Path phantomFolder;
  static PhantomPatient patient;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void writePhantom() throws IOException {
    patient = new PhantomGenerator().generate(PhantomSettings.defaults(4242).withSeverity(0.7));
    phantomFolder = shared.resolve("patient");
    PhantomWriter.write(patient, phantomFolder);
  }

  static Run analyze(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HipspaCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("analyze", "--model", ShippedModel.folder().toString()));
    all.addAll(List.of(args));
    return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  @Test
  void analysesAPhantomPatientAndLeavesItsFilesByteIdentical(@TempDir Path tmp) throws Exception {
    Map<String, String> before = hashes(phantomFolder);
    Path out = tmp.resolve("result");

    Run run = analyze(phantomFolder.toString(), "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("UNet-score (on HIMRISS slices): right", "Ground truth UNet-score");
    assertThat(out.resolve("report.html")).exists();
    assertThat(out.resolve("hipspa-seg.dcm")).exists();
    assertThat(out.resolve("hipspa-sr.dcm")).exists();
    assertThat(hashes(phantomFolder)).isEqualTo(before);
  }

  @Test
  void refusesTheRealAxialBrainSeriesWithOneSentenceAndNoOutput(@TempDir Path tmp) {
    Path out = tmp.resolve("result");
    Run run = analyze(SharedData.realMr("brain-axial-20").toString(), "--out", out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(lastLine(run.err())).isEqualTo(
        "This series is an axial oblique (7.7°) series, not coronal; choose the coronal STIR series of the hips.");
    assertThat(tmp.toFile().list()).isEmpty();
  }

  @Test
  void refusesASingleSliceAndFourSlices(@TempDir Path tmp) throws IOException {
    Path one = copySlices(tmp.resolve("one"), 1);
    Path four = copySlices(tmp.resolve("four"), 4);

    Run single = analyze(one.toString(), "--out", tmp.resolve("r1").toString());
    Run few = analyze(four.toString(), "--out", tmp.resolve("r4").toString());

    assertThat(lastLine(single.err())).startsWith("This series is a single image;");
    assertThat(lastLine(few.err())).startsWith("This series has only 4 slices;");
    assertThat(tmp.resolve("r1")).doesNotExist();
    assertThat(tmp.resolve("r4")).doesNotExist();
  }

  @Test
  void refusesPureNoiseAndABlankSeries(@TempDir Path tmp) throws IOException {
    Random random = new Random(3);
    Path noise = writeWithPixels(tmp.resolve("noise"), v -> (float) Math.abs(300 + 200 * random.nextGaussian()));
    Path blank = writeWithPixels(tmp.resolve("blank"), v -> 0f);

    Run noisy = analyze(noise.resolve("dicom").toString(), "--out", tmp.resolve("rn").toString());
    Run empty = analyze(blank.resolve("dicom").toString(), "--out", tmp.resolve("rb").toString());

    assertThat(noisy.code()).isEqualTo(1);
    assertThat(lastLine(noisy.err())).contains("femoral head could be found in this series");
    assertThat(lastLine(empty.err())).startsWith("Every slice of this series is blank");
    assertThat(tmp.resolve("rn")).doesNotExist();
    assertThat(tmp.resolve("rb")).doesNotExist();
  }

  @Test
  void refusesADamagedModelFile(@TempDir Path tmp) throws IOException {
    Path model = tmp.resolve("model");
    Files.createDirectories(model);
    try (Stream<Path> files = Files.list(ShippedModel.folder())) {
      for (Path f : files.toList()) {
        Files.copy(f, model.resolve(f.getFileName()));
      }
    }
    Path weights = model.resolve("weights.params");
    byte[] bytes = Files.readAllBytes(weights);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(weights, bytes);

    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HipspaCommand());
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("analyze", "--model", model.toString(), phantomFolder.toString(), "--out",
        tmp.resolve("r").toString());

    assertThat(code).isEqualTo(1);
    assertThat(lastLine(err.toString())).contains("is damaged").doesNotContain("Exception");
    assertThat(tmp.resolve("r")).doesNotExist();
  }

  @Test
  void cancellingWhileSegmentingLeavesNoOutput(@TempDir Path tmp) {
    Path out = tmp.resolve("result");
    CancelToken cancel = new CancelToken();

    assertThatThrownBy(() -> AnalyzeCommand.run(List.of(phantomFolder), null, ShippedModel.folder(),
        HimrissSettings.PAPER, out, (stage, fraction) -> {
          if (stage == Stage.SEGMENT) {
            cancel.cancel();
          }
        }, cancel)).isInstanceOf(AnalysisCancelledException.class);

    assertThat(tmp.toFile().list()).isEmpty();
  }

  private static Path copySlices(Path folder, int count) throws IOException {
    Files.createDirectories(folder);
    for (int i = 1; i <= count; i++) {
      String name = PhantomWriter.dicomFileName(i);
      Files.copy(phantomFolder.resolve(PhantomWriter.DICOM_DIR).resolve(name), folder.resolve(name));
    }
    return folder;
  }

  /** The phantom's geometry and headers with other pixels: a coronal series that is not a hip. */
  private static Path writeWithPixels(Path folder, java.util.function.DoubleUnaryOperator pixel) throws IOException {
    MrSeries s = patient.series();
    List<MrSlice> slices = new ArrayList<>();
    for (MrSlice slice : s.slices()) {
      float[] v = new float[slice.width() * slice.height()];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) pixel.applyAsDouble(i);
      }
      slices.add(new MrSlice(slice.sopInstanceUid(), slice.sopClassUid(), slice.frameNumber(), slice.instanceNumber(),
          slice.geometry(), slice.positionMm(), new FloatImage(slice.width(), slice.height(), v)));
    }
    MrSeries other = new MrSeries(s.study(), s.seriesInstanceUid(), s.frameOfReferenceUid(), s.seriesNumber(),
        s.seriesDescription(), s.modality(), s.normal(), s.orientation(), s.sliceStepMm(), s.sliceThicknessMm(), slices);
    PhantomWriter.write(new PhantomPatient(patient.parameters(), other, patient.truth()), folder);
    return folder;
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try {
          result.put(root.relativize(f).toString(),
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return result;
  }
}
