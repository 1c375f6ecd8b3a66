package org.hipspa.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hipspa.cli.HipspaCommand;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;
import org.hipspa.net.TestModels;
import org.hipspa.net.UNetCost;
import org.hipspa.net.UNetSettings;
import org.hipspa.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `hipspa bench` feeds every model crops of its own input channels (2K+1), at tiny sizes (base 4, depth 2,
 * 2 crops in batches of 1, one repeat, no fresh JVM: few tensor shapes, so little warm-up): the timings here are not measurements, only proof that each path runs.
 */
class InferenceBenchmarkTest {
  private static final String NO_PYTHON = "/nonexistent/python3";
  private static final String DEBIAN_PYTHON = "/usr/bin/python3";

  @TempDir static Path temp;
  static Path threeChannelModel;

  @BeforeAll
  static void writeModel() throws Exception {
    threeChannelModel = temp.resolve("three-channels");
    TestModels.writeRandom(UNetSettings.hipspa(4, 2, 3), threeChannelModel);
  }

  @Test
  void withOneContextSliceTheRandomModelTakesThreeChannelsAndEveryDjlPathRunsOnThem() throws Exception {
    String printed = bench(1, null, NO_PYTHON);

    assertThat(printed).contains(
        "U-Net base 4, depth 2, 3 input channels: " + costOf(UNetSettings.hipspa(4, 2, 3)),
        "Model: random weights, 3 input channels (the slice and 1 neighbouring slice on each side, --context-slices 1).",
        "DJL warm, product path (normalise, network, sigmoid, masks): crop",
        "DJL warm, product path with mirror averaging (as the shipped model runs): 2-crop series",
        "DJL warm, network only: crop",
        "PyTorch reference: not run (" + NO_PYTHON + " with torch not found).");
  }

  @Test
  void withoutContextSlicesTheRandomModelTakesOneChannelAsBefore() throws Exception {
    String printed = bench(0, null, NO_PYTHON);

    assertThat(printed).contains(
        "U-Net base 4, depth 2, 1 input channel: " + costOf(UNetSettings.hipspa(4, 2, 1)),
        "Model: random weights, 1 input channel (the slice alone, --context-slices 0).",
        "DJL warm, network only: crop");
  }

  @Test
  void aGivenThreeChannelModelIsTimedWithItsManifestsWidthDepthAndChannelsNotTheOptions() throws Exception {
    String printed = bench(0, threeChannelModel, NO_PYTHON, 16, 4);

    assertThat(printed).contains(
        "U-Net base 4, depth 2, 3 input channels: " + costOf(UNetSettings.hipspa(4, 2, 3)),
        "Model test-unet 0.0.1 (djl-params weights): base, depth and 3 input channels above are its manifest's",
        "DJL warm, product path with mirror averaging (as the shipped model runs): 2-crop series",
        "DJL warm, network only: crop");
  }

  @Test
  void theColdStartRunFeedsAThreeChannelModelThreeChannelCrops() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      ColdStart.main(new String[] {threeChannelModel.toString(), "3", "2", "3"});
    } finally {
      System.setOut(original);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).trim()).matches("[0-9.]+ [0-9.]+ ([0-9.]+|NaN)");
  }

  @Test
  void eachChannelOfASyntheticCropIsADifferentSliceAndTheCentreIsTheCropsOwn() {
    List<CropStack> series = SyntheticCrops.series(3, 3);

    assertThat(series).allSatisfy(crop -> assertThat(crop.count()).isEqualTo(3));
    CropStack second = series.get(1);
    assertThat(second.channel(0).values()).isNotEqualTo(second.channel(1).values());
    assertThat(second.channel(1).values()).isNotEqualTo(second.channel(2).values());
    assertThat(second.centre().values()).isEqualTo(SyntheticCrops.series(3, 1).get(1).centre().values());
    float[] tensor = SyntheticCrops.tensor(series);
    assertThat(tensor).hasSize(3 * 3 * CropContract.PIXELS);
    assertThat(tensor[(1 * 3 + 2) * CropContract.PIXELS]).isEqualTo(second.channel(2).values()[0]);
  }

  @Test
  void thePyTorchReferenceBuildsTheSameThreeChannelUNetAndTheBenchComparesWithIt() throws Exception {
    assumeTrue(debianTorch(), DEBIAN_PYTHON + " with torch is not installed");
    Path work = Files.createDirectories(temp.resolve("python"));
    for (String file : List.of("pytorch_unet_bench.py", "pytorch_unet.py")) {
      try (InputStream in = InferenceBenchmark.class.getResourceAsStream(file)) {
        Files.copy(in, work.resolve(file));
      }
    }

    ExternalTool.Result direct = ExternalTool.debianPython(work.resolve("pytorch_unet_bench.py"), "4", "2", "2", "1", "2", "1", "", "3");
    JsonObject json = new Gson().fromJson(direct.output().trim().lines().reduce((a, b) -> b).orElseThrow(), JsonObject.class);
    String printed = bench(1, null, DEBIAN_PYTHON);

    assertThat(direct.exitCode()).isZero();
    assertThat(json.get("inChannels").getAsInt()).isEqualTo(3);
    assertThat(json.get("bestSeriesSeconds").getAsDouble()).isPositive();
    assertThat(printed).contains("same U-Net with 3 input channels, network + sigmoid", "Ratio DJL/PyTorch (best times), network only: crop");
  }

  @Test
  void aNegativeContextSliceCountIsRefusedWithOneSentenceBeforeAnythingRuns() {
    PrintStream original = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit;
    try {
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new HipspaCommand()).execute("bench", "--context-slices", "-1", "--no-cold");
    } finally {
      System.setErr(original);
    }

    assertThat(exit).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("--context-slices must be 0 (off) or more, not -1: give how many neighbouring slices on each side the network sees.");
  }

  private static String bench(int contextSlices, Path model, String python) throws Exception {
    return bench(contextSlices, model, python, 4, 2);
  }

  private static String bench(int contextSlices, Path model, String python, int base, int depth) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InferenceBenchmark.Settings settings = new InferenceBenchmark.Settings(base, depth, contextSlices, 1, 2, 1, List.of(), python, false, model);
    new InferenceBenchmark(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    return printed;
  }

  private static String costOf(UNetSettings net) {
    return String.format(Locale.ROOT, "%.2f M parameters, %.3f GFLOP per 128x160 crop",
        UNetCost.parameters(net) / 1e6, UNetCost.forwardFlops(net, CropContract.HEIGHT, CropContract.WIDTH) / 1e9);
  }

  private static boolean debianTorch() {
    try {
      Process p = new ProcessBuilder(DEBIAN_PYTHON, "-c", "import torch").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
