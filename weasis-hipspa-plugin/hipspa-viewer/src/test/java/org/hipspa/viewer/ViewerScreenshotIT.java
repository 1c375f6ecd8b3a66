package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hipspa.files.FileTrees;
import org.hipspa.image.BinaryMask;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer on a real X display (a virtual one from xvfb-run): a phantom study with its stored result, then the same
 * study in teaching mode. Each run writes a PNG (target/screenshots) that is checked here: the series is drawn, the
 * layer colours lie where the phantom's truth masks are and nowhere else, the panel with its legend is beside it.
 */
class ViewerScreenshotIT {

  private static final Path WORK = Path.of(System.getProperty("hipspa.work.dir", "target/screenshot-work"));
  private static final Path SHOTS = Path.of(System.getProperty("hipspa.screenshots.dir", "target/screenshots"));
  private static PhantomStudy study;
  private static Path plainStudy;

  @BeforeAll
  static void writeStudy() throws Exception {
    assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed, so the viewer cannot be started on a display here;"
        + " scripts/setup installs xvfb and xauth (CI has them)");
    if (Files.exists(WORK)) {
      FileTrees.delete(WORK);
    }
    study = PhantomStudy.write(WORK.resolve("teaching"), 7);
    // The same images without the phantom's truth beside them: a study as a hospital has it.
    plainStudy = WORK.resolve("plain").resolve("study");
    Files.createDirectories(plainStudy);
    try (var files = Files.list(study.patientFolder().resolve("dicom"))) {
      for (Path f : files.toList()) {
        Files.copy(f, plainStudy.resolve(f.getFileName().toString()));
      }
    }
  }

  @Test
  void theViewerDrawsTheSeriesWithTheStoredLayersExactlyOverTheTruthMasksAndThePanelBeside() throws Exception {
    Shot shot = Shot.take(plainStudy, SHOTS.resolve("viewer-stored.png"), "--result", study.segFile().toString());

    assertThat(shot.facts.getProperty("views")).isEqualTo("1");
    assertThat(shot.facts.getProperty("banner")).startsWith("Stored result hipspa-seg.dcm").contains("the model was not run");
    assertThat(shot.facts.getProperty("panel.engine")).as("no engine is started for a stored result").isEmpty();
    assertThat(Integer.parseInt(shot.facts.getProperty("panel.rows.right"))).isPositive();
    assertThat(shot.facts.getProperty("dice").trim()).as("no ground truth beside a hospital's study").isEmpty();
    shot.assertSeriesDrawn(0);
    shot.assertLayersOnTheTruth(0, study.truth().slice(shot.slice()));
    shot.assertPanelWithLegend();
  }

  @Test
  void teachingModeShowsPredictionAndGroundTruthOnTheSameSliceWithTheSliceDice() throws Exception {
    Shot shot = Shot.take(study.patientFolder(), SHOTS.resolve("viewer-teaching.png"));

    assertThat(shot.facts.getProperty("views")).isEqualTo("2");
    assertThat(shot.facts.getProperty("view.1.title")).isEqualTo("Ground truth (synthetic phantom)");
    assertThat(shot.facts.getProperty("view.0.transform")).isEqualTo(shot.facts.getProperty("view.1.transform"));
    // The stored SEG beside the study holds the truth itself, so every structure on the slice agrees exactly.
    assertThat(shot.facts.getProperty("dice")).startsWith("Dice on this slice: Femoral head 1.00 · Bone marrow edema 1.00");
    assertThat(shot.facts.getProperty("truthScore")).startsWith("UNet-score of the ground truth: right ")
        .matches(".*total (\\d+\\.\\d{3}) \\(prediction: total \\1\\)\\.");
    for (int view = 0; view < 2; view++) {
      shot.assertSeriesDrawn(view);
      shot.assertLayersOnTheTruth(view, study.truth().slice(shot.slice()));
    }
    shot.assertViewsShowTheSamePicture();
    shot.assertPanelWithLegend();
  }

  @Test
  void aTableRowShowsItsSliceAndDraggingChangesWindowAndLevelUntilReset() throws Exception {
    Shot shot = Shot.take(study.patientFolder(), SHOTS.resolve("viewer-interaction.png"));

    assertThat(shot.facts.getProperty("rowClick.shown")).isEqualTo(shot.facts.getProperty("rowClick.expected"))
        .isNotEqualTo(shot.facts.getProperty("slice"));
    // 40 pixels right and 20 up with the right button: a wider window and a lower level.
    assertThat(Double.parseDouble(shot.facts.getProperty("drag.widthChange"))).isPositive();
    assertThat(Double.parseDouble(shot.facts.getProperty("drag.levelChange"))).isNegative();
    assertThat(shot.facts.getProperty("reset.backToSeriesWindow")).isEqualTo("true");
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** One screenshot and the facts the viewer wrote beside it. */
  private record Shot(BufferedImage image, Properties facts) {

    static Shot take(Path studyFolder, Path png, String... options) throws Exception {
      Files.createDirectories(png.getParent());
      Files.deleteIfExists(png);
      String classPath = System.getProperty("hipspa.viewer.classpath") + File.pathSeparator
          + Files.readString(Path.of(System.getProperty("hipspa.viewer.classpath.file"))).trim();
      List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-Dai.djl.offline=true",
          "-Djdk.xml.xpathExprOpLimit=0", "-Djdk.xml.xpathExprGrpLimit=0", "-Djdk.xml.xpathTotalOpLimit=0",
          "-cp", classPath, ViewerScreenshot.class.getName(), studyFolder.toString(), png.toString()));
      command.addAll(List.of(options));
      Path log = Path.of(png + ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      // A guard against a hung display, not a timing assertion.
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the viewer did not finish its screenshot; see " + log);
      }
      assertThat(process.exitValue()).as("viewer exit, log in " + log + ":\n" + Files.readString(log)).isZero();
      Properties facts = new Properties();
      try (Reader in = Files.newBufferedReader(Path.of(png + ".properties"))) {
        facts.load(in);
      }
      return new Shot(ImageIO.read(png.toFile()), facts);
    }

    int slice() {
      return Integer.parseInt(facts.getProperty("slice"));
    }

    Rectangle bounds(String key) {
      String[] v = facts.getProperty(key).split(",");
      return new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3]));
    }

    /** Image pixel to screenshot pixel for one view. */
    AffineTransform toShot(int view) {
      String[] t = facts.getProperty("view." + view + ".transform").split(",");
      Rectangle r = bounds("view." + view + ".bounds");
      return new AffineTransform(Double.parseDouble(t[0]), 0, 0, Double.parseDouble(t[1]),
          Double.parseDouble(t[2]) + r.x, Double.parseDouble(t[3]) + r.y);
    }

    Color at(AffineTransform t, int x, int y) {
      Point2D p = t.transform(new Point2D.Double(x + 0.5, y + 0.5), null);
      return new Color(image.getRGB((int) p.getX(), (int) p.getY()));
    }

    void assertSeriesDrawn(int view) {
      Rectangle r = bounds("view." + view + ".bounds");
      Set<Integer> greys = new HashSet<>();
      for (int y = r.y; y < r.y + r.height; y += 3) {
        for (int x = r.x; x < r.x + r.width; x += 3) {
          Color c = new Color(image.getRGB(x, y));
          if (c.getRed() == c.getGreen() && c.getGreen() == c.getBlue()) {
            greys.add(c.getRed());
          }
        }
      }
      assertThat(greys).as("grey levels in view " + view).hasSizeGreaterThan(100);
    }

    /** Inside each lesion mask the fill's colour shows; well away from every mask the image stays grey. */
    void assertLayersOnTheTruth(int view, SliceSegmentation truth) {
      AffineTransform t = toShot(view);
      BinaryMask bme = truth.right().bme().or(truth.left().bme());
      BinaryMask effusion = truth.right().effusion().or(truth.left().effusion());
      BinaryMask head = truth.right().femoralHead().or(truth.left().femoralHead());
      BinaryMask any = bme.or(effusion).or(head);
      int bmeChecked = 0;
      int bmeOrange = 0;
      int effusionChecked = 0;
      int effusionBlue = 0;
      int farChecked = 0;
      int farGrey = 0;
      for (int y = 2; y < any.height() - 2; y++) {
        for (int x = 2; x < any.width() - 2; x++) {
          Color c = at(t, x, y);
          if (interior(bme, x, y) && !effusion.get(x, y)) {
            bmeChecked++;
            bmeOrange += c.getRed() - c.getBlue() > 40 && c.getRed() > c.getGreen() ? 1 : 0;
          } else if (interior(effusion, x, y) && !bme.get(x, y)) {
            effusionChecked++;
            effusionBlue += c.getBlue() - c.getRed() > 30 ? 1 : 0;
          } else if (farFrom(any, x, y, 6) && (x + y) % 5 == 0) {
            farChecked++;
            farGrey += Math.abs(c.getRed() - c.getGreen()) < 10 && Math.abs(c.getGreen() - c.getBlue()) < 10 ? 1 : 0;
          }
        }
      }
      assertThat(bmeChecked + effusionChecked).as("lesion pixels on the slice shown").isGreaterThan(50);
      assertThat(bmeOrange).as("BME pixels drawn vermilion in view " + view).isGreaterThanOrEqualTo(bmeChecked * 9 / 10);
      assertThat(effusionBlue).as("effusion pixels drawn sky blue in view " + view)
          .isGreaterThanOrEqualTo(effusionChecked * 9 / 10);
      assertThat(farGrey).as("pixels away from every mask stay grey in view " + view)
          .isGreaterThanOrEqualTo(farChecked * 99 / 100);
      Rectangle r = bounds("view." + view + ".bounds");
      int yellow = 0;
      Color outline = StructureStyle.FEMORAL_HEAD.colour();
      for (int y = r.y; y < r.y + r.height; y++) {
        for (int x = r.x; x < r.x + r.width; x++) {
          Color c = new Color(image.getRGB(x, y));
          yellow += Math.abs(c.getRed() - outline.getRed()) < 30 && Math.abs(c.getGreen() - outline.getGreen()) < 30
              && c.getBlue() < 140 ? 1 : 0;
        }
      }
      assertThat(yellow).as("femoral head outline pixels in view " + view).isGreaterThan(100);
    }

    void assertViewsShowTheSamePicture() {
      Rectangle left = bounds("view.0.bounds");
      Rectangle right = bounds("view.1.bounds");
      assertThat(right.width).isEqualTo(left.width);
      int differing = 0;
      int compared = 0;
      // Below the titles (the top 30 pixels) the two views draw the same slice, window and masks.
      for (int y = left.y + 30; y < left.y + left.height - 30; y += 2) {
        for (int x = 0; x < left.width; x += 2) {
          compared++;
          differing += image.getRGB(left.x + x, y) != image.getRGB(right.x + x, y) ? 1 : 0;
        }
      }
      assertThat(differing).as("pixels differing between prediction and truth views").isLessThan(compared / 100);
    }

    /** The panel is there, with the legend's swatches in the layers' exact colours. */
    void assertPanelWithLegend() {
      Rectangle p = bounds("panel.bounds");
      assertThat(p.width).isGreaterThan(300);
      assertThat(p.height).isGreaterThan(500);
      for (StructureStyle style : new StructureStyle[] {StructureStyle.BME, StructureStyle.EFFUSION}) {
        int exact = 0;
        for (int y = p.y; y < Math.min(image.getHeight(), p.y + p.height); y++) {
          for (int x = p.x; x < Math.min(image.getWidth(), p.x + p.width); x++) {
            exact += image.getRGB(x, y) == style.colour().getRGB() ? 1 : 0;
          }
        }
        assertThat(exact).as(style + " swatch in the panel's legend").isGreaterThanOrEqualTo(50);
      }
    }

    private static boolean interior(BinaryMask m, int x, int y) {
      return m.get(x, y) && m.get(x - 1, y) && m.get(x + 1, y) && m.get(x, y - 1) && m.get(x, y + 1);
    }

    private static boolean farFrom(BinaryMask m, int x, int y, int distance) {
      for (int dy = -distance; dy <= distance; dy += 2) {
        for (int dx = -distance; dx <= distance; dx += 2) {
          int xx = x + dx;
          int yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < m.width() && yy < m.height() && m.get(xx, yy)) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
