package org.hipspa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a browser shows it: Debian's headless Chromium renders it to a screenshot. */
class HtmlReportScreenshotTest {
  static final int WIDTH = 1150;
  static final int HEIGHT = 1600;

  /** Renders a page to PNG with the flags this closed network needs (no background connections). */
  static Path screenshot(Path html, Path png, Path profile) throws Exception {
    Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
        "--screenshot=" + png, html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return png;
  }

  @Test
  void theReportRendersInABrowserWithImagesAndTable(@TempDir Path tmp) throws Exception {
    ReportWriterTest.analyse();
    Path out = tmp.resolve("result");
    OutputFolder.write(out, List.of(), dir -> ReportWriter.writeInto(ReportWriterTest.result, dir));

    Path png = screenshot(out.resolve(ReportWriter.HTML), tmp.resolve("report.png"), tmp.resolve("profile"));

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    // A page with text, a table and grey MR pictures has many distinct colours; a blank or error page does not.
    assertThat(distinctColours(image)).isGreaterThan(200);
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  private static long distinctColours(BufferedImage image) {
    return java.util.stream.IntStream.range(0, image.getHeight()).boxed()
        .flatMap(y -> java.util.stream.IntStream.range(0, image.getWidth()).mapToObj(x -> image.getRGB(x, y)))
        .distinct().count();
  }
}
