package org.hipspa.phantom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhantomWriterTest {
  private static final String PYTHON = "/usr/bin/python3";
  @TempDir static Path tmp;
  private static PhantomPatient patient;
  private static Path folder;

  @BeforeAll
  static void write() throws IOException {
    PhantomSettings s = PhantomSettings.defaults(21).withSlices(6, 5, 4).withSeverity(0.8);
    patient = new PhantomGenerator().generate(s);
    folder = tmp.resolve("P21");
    PhantomWriter.write(patient, folder);
  }

  @Test
  void pydicomReadsTheSeriesWithIdenticalPixelsAndGeometry() throws Exception {
    String script = """
        import sys, json, hashlib, glob, os, pydicom, numpy as np
        out = []
        for f in sorted(glob.glob(os.path.join(sys.argv[1], '*.dcm'))):
            d = pydicom.dcmread(f)
            a = d.pixel_array.astype('<u2')
            v = a.astype(np.float64) * float(d.RescaleSlope) + float(d.RescaleIntercept)
            out.append({'instance': int(d.InstanceNumber), 'sop': d.SOPInstanceUID, 'sha256': hashlib.sha256(a.tobytes()).hexdigest(),
                        'sum': float(v.sum()), 'ipp': [float(x) for x in d.ImagePositionPatient],
                        'iop': [float(x) for x in d.ImageOrientationPatient], 'spacing': [float(x) for x in d.PixelSpacing],
                        'thickness': float(d.SliceThickness), 'between': float(d.SpacingBetweenSlices),
                        'rows': int(d.Rows), 'columns': int(d.Columns), 'modality': d.Modality,
                        'sopClass': d.SOPClassUID, 'series': d.SeriesInstanceUID, 'for': d.FrameOfReferenceUID,
                        'name': str(d.PatientName), 'ts': d.file_meta.TransferSyntaxUID})
        print(json.dumps(out))
        """;
    JsonArray files = JsonParser.parseString(python(script, folder.resolve("dicom").toString())).getAsJsonArray();
    MrSeries series = patient.series();
    assertThat(files).hasSize(series.size());
    for (int k = 0; k < series.size(); k++) {
      JsonObject f = files.get(k).getAsJsonObject();
      MrSlice slice = series.slice(k);
      assertThat(f.get("instance").getAsInt()).isEqualTo(slice.instanceNumber());
      assertThat(f.get("sop").getAsString()).isEqualTo(slice.sopInstanceUid());
      assertThat(f.get("sha256").getAsString()).as("pixels of instance %d", slice.instanceNumber())
          .isEqualTo(sha256LittleEndian(slice.pixels()));
      double sum = 0;
      for (float v : slice.pixels().values()) {
        sum += v;
      }
      assertThat(f.get("sum").getAsDouble()).isEqualTo(sum);
      var g = slice.geometry();
      assertThat(doubles(f.getAsJsonArray("ipp"))).containsExactly(g.position().x(), g.position().y(), g.position().z());
      assertThat(doubles(f.getAsJsonArray("iop"))).containsExactly(1, 0, 0, 0, 0, -1);
      assertThat(doubles(f.getAsJsonArray("spacing"))).containsExactly(g.spacingY(), g.spacingX());
      assertThat(f.get("thickness").getAsDouble()).isEqualTo(series.sliceThicknessMm());
      assertThat(f.get("between").getAsDouble()).isEqualTo(series.sliceStepMm());
      assertThat(f.get("rows").getAsInt()).isEqualTo(series.rows());
      assertThat(f.get("columns").getAsInt()).isEqualTo(series.columns());
      assertThat(f.get("modality").getAsString()).isEqualTo("MR");
      assertThat(f.get("sopClass").getAsString()).isEqualTo("1.2.840.10008.5.1.4.1.1.4");
      assertThat(f.get("series").getAsString()).isEqualTo(series.seriesInstanceUid());
      assertThat(f.get("for").getAsString()).isEqualTo(series.frameOfReferenceUid());
      assertThat(f.get("name").getAsString()).isEqualTo("PHANTOM^HIP^0001");
      assertThat(f.get("ts").getAsString()).isEqualTo("1.2.840.10008.1.2.1");
    }
  }

  @Test
  void dciodvfyReportsNoErrorsForTheMrFiles() throws Exception {
    List<String> warnings = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder.resolve("dicom"))) {
      for (Path f : files.sorted().toList()) {
        Process p = new ProcessBuilder("dciodvfy", f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as("dciodvfy on %s", f.getFileName()).startsWith("MRImage");
        assertThat(out.lines().filter(l -> l.startsWith("Error"))).as("dciodvfy errors on %s", f.getFileName())
            .isEmpty();
        out.lines().filter(l -> l.startsWith("Warning")).forEach(warnings::add);
      }
    }
    // Known and intended: the identity Rescale Slope/Intercept/Type are outside the MR Image IOD.
    assertThat(warnings.stream().distinct()).allMatch(w -> w.contains("Rescale") || w.contains("Standard Extended"));
  }

  @Test
  void theSameSeedGivesByteIdenticalFiles() throws Exception {
    Path again = tmp.resolve("P21-again");
    PhantomWriter.write(new PhantomGenerator().generate(patient.parameters().settings()), again);
    List<Path> first = files(folder);
    List<Path> second = files(again);
    assertThat(second).isEqualTo(first);
    for (Path rel : first) {
      assertThat(Files.readAllBytes(again.resolve(rel))).as("%s", rel).isEqualTo(Files.readAllBytes(folder.resolve(rel)));
    }
    Path other = tmp.resolve("P22");
    PhantomWriter.write(new PhantomGenerator().generate(patient.parameters().settings().withSeed(22)), other);
    assertThat(Files.readAllBytes(other.resolve("dicom/IM_0003.dcm")))
        .isNotEqualTo(Files.readAllBytes(folder.resolve("dicom/IM_0003.dcm")));
  }

  @Test
  void theReaderGivesBackTheGeneratorsGroundTruth() throws Exception {
    PhantomReader.PhantomFolder read = PhantomReader.read(folder);
    assertThat(read.truth()).isEqualTo(patient.truth());
    assertThat(read.patient().get("severity").getAsDouble()).isEqualTo(patient.parameters().severity());
    assertThat(read.patient().get("synthetic").getAsBoolean()).isTrue();
  }

  @Test
  void pythonReadsTheLabelVolumeAsDocumented() throws Exception {
    String script = """
        import sys, json, numpy as np, os
        d = sys.argv[1]
        h = json.load(open(os.path.join(d, 'labels.json')))
        labels = np.fromfile(os.path.join(d, 'labels.raw'), dtype=np.uint8).reshape(h['shape'])
        print(json.dumps({'shape': list(labels.shape),
                          'rightHead': [int(((s & 1) != 0).sum()) for s in labels],
                          'leftBme': [int(((s & 8) != 0).sum()) for s in labels],
                          'rightEffusion': [int(((s & 16) != 0).sum()) for s in labels],
                          'instances': h['instanceNumbers']}))
        """;
    JsonObject o = JsonParser.parseString(python(script, folder.toString())).getAsJsonObject();
    MrSeries s = patient.series();
    assertThat(doubles(o.getAsJsonArray("shape"))).containsExactly(s.size(), s.rows(), s.columns());
    for (SliceTruth t : patient.truth()) {
      assertThat(o.getAsJsonArray("rightHead").get(t.index()).getAsInt()).isEqualTo(t.right().head().count());
      assertThat(o.getAsJsonArray("leftBme").get(t.index()).getAsInt()).isEqualTo(t.left().bme().count());
      assertThat(o.getAsJsonArray("rightEffusion").get(t.index()).getAsInt()).isEqualTo(t.right().effusion().count());
      assertThat(o.getAsJsonArray("instances").get(t.index()).getAsInt()).isEqualTo(t.instanceNumber());
    }
  }

  @Test
  void theWriterNeverWritesIntoAnExistingFolder() throws Exception {
    Path existing = Files.createDirectories(tmp.resolve("existing"));
    Files.writeString(existing.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> PhantomWriter.write(patient, existing)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(existing.resolve("keep.txt"))).isEqualTo("mine");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static String sha256LittleEndian(FloatImage img) throws Exception {
    float[] v = img.values();
    byte[] bytes = new byte[v.length * 2];
    for (int i = 0; i < v.length; i++) {
      int s = Math.round(v[i]);
      bytes[2 * i] = (byte) s;
      bytes[2 * i + 1] = (byte) (s >> 8);
    }
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static double[] doubles(JsonArray a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = a.get(i).getAsDouble();
    }
    return out;
  }

  static String python(String script, String arg) throws Exception {
    Process p = new ProcessBuilder(PYTHON, "-c", script, arg).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("python failed: %s", err).isZero();
    return out;
  }
}
