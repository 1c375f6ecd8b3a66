package org.hipspa.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hipspa.render.DisplayWindow;
import org.hipspa.score.HimrissRow;

/**
 * Writes a result's human and machine renderings into a folder: report.html, report.json,
 * himriss-slices.csv and, per HIMRISS slice, overlays/slice-NN.jpg with the prediction beside the
 * ground truth (or the plain image) as the paper showed its experts.
 */
public final class ReportWriter {
  public static final String HTML = "report.html";
  public static final String JSON = OutputFolder.MARKER;
  public static final String CSV = "himriss-slices.csv";
  public static final String OVERLAYS = "overlays";

  private ReportWriter() {}

  public static void writeInto(AnalysisResult result, Path folder) throws IOException {
    Files.writeString(folder.resolve(JSON), JsonReport.render(result), StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(CSV), SliceTableCsv.render(result.scores()), StandardCharsets.UTF_8);
    DisplayWindow window = DisplayWindow.initial(result.series());
    Rectangle region = ReportImages.hipsRegion(result.cropBoxes(), result.series().columns(), result.series().rows());
    Files.writeString(folder.resolve(HTML), HtmlReport.render(result, window, region), StandardCharsets.UTF_8);
    Path overlays = Files.createDirectories(folder.resolve(OVERLAYS));
    for (HimrissRow row : result.scores().himrissRows()) {
      int index = row.slice().sliceIndex();
      Path file = overlays.resolve(String.format(Locale.ROOT, "slice-%02d.jpg", index + 1));
      if (!ImageIO.write(ReportImages.sideBySide(result, index, window, region), "jpg", file.toFile())) {
        throw new IOException("no JPEG writer available");
      }
    }
  }
}
