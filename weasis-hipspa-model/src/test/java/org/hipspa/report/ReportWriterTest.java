package org.hipspa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.score.HimrissSettings;
import org.hipspa.testing.FixedSegmenter;
import org.hipspa.testing.SimplePelvis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  static AnalysisResult result;


  @BeforeAll
  static void analyse() throws Exception {
    MrSeries series = SimplePelvis.coronal(13);
    var truth = SimplePelvis.truth(series);
    result = new HipAnalysis(SimplePelvis.locator(series), new FixedSegmenter(truth), HimrissSettings.PAPER, "test",
        Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC))
        .analyse(series, Optional.of(truth), ProgressListener.NONE, new CancelToken());
  }

  @Test
  void writesJsonCsvHtmlAndOneOverlayPerHimrissSliceIntoAFolderThatAppearsWhole(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("result");

    OutputFolder.write(out, List.of(), dir -> ReportWriter.writeInto(result, dir));

    var json = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
    assertThat(json.getAsJsonObject("unetScore").get("total").getAsDouble()).isEqualTo(result.scores().total());
    assertThat(json.getAsJsonArray("himrissSlices")).hasSize(result.scores().himrissRows().size());
    List<String> csv = Files.readAllLines(out.resolve("himriss-slices.csv"));
    assertThat(csv).hasSize(result.scores().himrissRows().size() + 1);
    assertThat(csv.get(0)).startsWith("slice,instance_number,position_mm,right_role");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("UNet-score (on HIMRISS slices)", "Bone marrow edema", "data:image/png;base64,");
    try (var overlays = Files.list(out.resolve("overlays"))) {
      assertThat(overlays.count()).isEqualTo(result.scores().himrissRows().size());
    }
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("result");
    }
  }

  @Test
  void aFailedWriteLeavesNothingBehind(@TempDir Path tmp) {
    Path out = tmp.resolve("result");

    assertThatThrownBy(() -> OutputFolder.write(out, List.of(), dir -> {
      ReportWriter.writeInto(result, dir);
      throw new HipspaException("stopped half way");
    })).hasMessage("stopped half way");

    assertThat(tmp.toFile().list()).isEmpty();
  }

  @Test
  void refusesAnOutputFolderInsideTheInputAndOneHoldingOtherFiles(@TempDir Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("dicom"));
    assertThatThrownBy(() -> OutputFolder.write(input.resolve("out"), List.of(input), dir -> {}))
        .hasMessageContaining("input folders are never written to");

    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("thesis.docx"), "mine");
    assertThatThrownBy(() -> OutputFolder.write(busy, List.of(input), dir -> {}))
        .hasMessageContaining("already contains other files");
    assertThat(Files.readString(busy.resolve("thesis.docx"))).isEqualTo("mine");
  }
}
