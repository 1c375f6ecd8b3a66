package org.hipspa.bench;

import ai.djl.Model;
import org.hipspa.files.FileTrees;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipspa.HipspaException;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;
import org.hipspa.net.ManifestJson;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackage;
import org.hipspa.net.ModelPackageWriter;
import org.hipspa.net.NoGrad;
import org.hipspa.net.Segmenter;
import org.hipspa.net.UNet;
import org.hipspa.net.UNetCost;
import org.hipspa.net.UNetSettings;
import org.hipspa.train.TrainingStepTimer;

/**
 * Measures inference of a U-Net of the given width and depth: cold (a fresh JVM: engine start, model
 * load, first result) and warm, per 128x160 crop and per series of N crops in batches, with peak
 * memory; the same network in PyTorch (Debian's python3-torch, CPU, same thread count) as reference;
 * optionally the time of one training step. Every crop has the model's input channels (2K+1: the slice
 * and K neighbours on each side), from the manifest of a given model, otherwise from {@code contextSlices}.
 * Weights are random unless a model is given: time does not depend on them.
 */
public final class InferenceBenchmark {
  /**
   * What to measure. {@code baseWidth}, {@code depth} and {@code contextSlices} shape the random-weights model
   * written when {@code model} is null; a given model's manifest decides its own.
   */
  public record Settings(int baseWidth, int depth, int contextSlices, int batch, int seriesCrops, int repeats, List<Integer> trainStepBases,
      String python, boolean cold, Path model) {}

  private final Settings s;
  private final PrintStream out;

  public InferenceBenchmark(Settings settings, PrintStream out) {
    this.s = settings;
    this.out = out;
  }

  public void run() throws IOException, InterruptedException, HipspaException {
    ModelManifest given = s.model() == null ? null : ModelPackage.open(s.model()).manifest();
    UNetSettings net = given == null ? UNetSettings.hipspa(s.baseWidth(), s.depth(), CropContract.channelsFor(s.contextSlices()))
        : given.architecture().settings(given.input().channels());
    int channels = net.inputChannels();
    double flops = UNetCost.forwardFlops(net, CropContract.HEIGHT, CropContract.WIDTH);
    Path work = Files.createTempDirectory("hipspa-bench-");
    try {
      long engineStart = System.nanoTime();
      Engine.getEngine("PyTorch");
      double engineSeconds = (System.nanoTime() - engineStart) / 1e9;
      int threads = JniUtils.getNumThreads();
      out.printf(Locale.ROOT, "U-Net base %d, depth %d, %s: %.2f M parameters, %.3f GFLOP per 128x160 crop (multiply-add = 2).%n",
          net.baseWidth(), net.depth(), inputChannels(channels), UNetCost.parameters(net) / 1e6, flops / 1e9);
      out.printf(Locale.ROOT, "Machine: %d cores visible, PyTorch intra-op threads %d; load average now %s (shared machine).%n",
          Runtime.getRuntime().availableProcessors(), threads, loadAverage());
      Path model = s.model();
      if (model == null) {
        model = work.resolve("model");
        writeRandomModel(net, model);
        out.printf(Locale.ROOT, "Model: random weights, %s (%s, --context-slices %d).%n", inputChannels(channels),
            s.contextSlices() == 0 ? "the slice alone" : "the slice and " + s.contextSlices() + " neighbouring slice" + (s.contextSlices() == 1 ? "" : "s") + " on each side",
            s.contextSlices());
      } else {
        out.printf(Locale.ROOT, "Model %s %s (%s weights): base, depth and %s above are its manifest's (--base, --depth and --context-slices only shape random weights).%n",
            given.name(), given.version(), given.weights().format(), inputChannels(channels));
      }

      if (s.cold()) {
        double[] coldCrop = coldRun(model, 1, channels);
        double[] coldSeries = coldRun(model, s.seriesCrops(), channels);
        out.printf(Locale.ROOT, "DJL cold (fresh JVM, from main): engine start + load + verify %.0f ms; first crop %.0f ms -> %.0f ms total, peak RSS %.0f MB%n",
            coldCrop[0], coldCrop[1], coldCrop[0] + coldCrop[1], coldCrop[2]);
        out.printf(Locale.ROOT, "DJL cold (fresh JVM, from main): engine start + load + verify %.0f ms; first %d-crop series %.0f ms -> %.0f ms total, peak RSS %.0f MB%n",
            coldSeries[0], s.seriesCrops(), coldSeries[1], coldSeries[0] + coldSeries[1], coldSeries[2]);
      }
      out.printf(Locale.ROOT, "DJL engine start in this JVM: %.0f ms%n", engineSeconds * 1000);

      List<CropStack> stacks = SyntheticCrops.series(s.seriesCrops(), channels);
      double[] segCrop;
      double[] segSeries;
      try (Segmenter segmenter = Segmenter.open(model, s.batch())) {
        segmenter.warmUp();
        segmenter.segmentSeries(stacks.subList(0, 1));
        segmenter.segmentSeries(stacks);
        segCrop = times(s.repeats(), () -> segmenter.segmentSeries(stacks.subList(0, 1)));
        segSeries = times(Math.max(3, s.repeats() / 4), () -> segmenter.segmentSeries(stacks));
      }
      // As shipped: each crop also runs mirrored and the two maps are averaged (the manifest's inference setting).
      Path mirrored = work.resolve("model-mirror-average");
      ModelManifest plain = ModelPackage.open(model).manifest();
      Files.createDirectories(mirrored);
      Files.copy(model.resolve(plain.weights().file()), mirrored.resolve(plain.weights().file()));
      ManifestJson.write(plain.withInference(ModelManifest.Inference.MIRROR_AVERAGE), mirrored.resolve(ModelManifest.FILE_NAME));
      double[] shippedSeries;
      try (Segmenter segmenter = Segmenter.open(mirrored, s.batch())) {
        segmenter.segmentSeries(stacks);
        shippedSeries = times(Math.max(3, s.repeats() / 4), () -> segmenter.segmentSeries(stacks));
      }
      double[] raw = rawForward(model, stacks);
      out.printf(Locale.ROOT, "DJL warm, product path (normalise, network, sigmoid, masks): crop %.1f ms (median %.1f); %d-crop series, batch %d: %.0f ms (median %.0f)%n",
          segCrop[1] * 1000, segCrop[0] * 1000, s.seriesCrops(), s.batch(), segSeries[1] * 1000, segSeries[0] * 1000);
      out.printf(Locale.ROOT, "DJL warm, product path with mirror averaging (as the shipped model runs): %d-crop series %.0f ms (median %.0f)%n",
          s.seriesCrops(), shippedSeries[1] * 1000, shippedSeries[0] * 1000);
      out.printf(Locale.ROOT, "DJL warm, network only: crop %.1f ms (median %.1f) = %.1f GFLOP/s; series %.0f ms (median %.0f) = %.1f GFLOP/s%n",
          raw[1] * 1000, raw[0] * 1000, flops / raw[1] / 1e9, raw[3] * 1000, raw[2] * 1000, flops * s.seriesCrops() / raw[3] / 1e9);
      out.printf(Locale.ROOT, "DJL peak RSS of this JVM so far: %.0f MB%n", peakRssMb());

      Map<String, Double> djlTrain = new java.util.LinkedHashMap<>();
      for (int base : s.trainStepBases()) {
        UNetSettings trained = UNetSettings.hipspa(base, net.depth(), channels);
        double step = TrainingStepTimer.bestStepSeconds(trained, 8, 5);
        djlTrain.put(String.valueOf(base), step);
        double trainFlops = 3 * 8 * UNetCost.forwardFlops(trained, CropContract.HEIGHT, CropContract.WIDTH);
        out.printf(Locale.ROOT, "DJL training step, base %d depth %d, batch 8 of %d-channel crops (forward+backward+Adam): best of 5 %.2f s (%.1f GFLOP/s at 3x forward FLOPs)%n",
            base, net.depth(), channels, step, trainFlops / step / 1e9);
      }

      JsonObject py = pytorch(work, threads, net);
      if (py == null) {
        out.println("PyTorch reference: not run (" + s.python() + " with torch not found).");
        return;
      }
      int pyChannels = py.has("inChannels") ? py.get("inChannels").getAsInt() : 1;
      if (pyChannels != channels) {
        out.printf(Locale.ROOT, "PyTorch reference: not comparable (its network took %d input channels, this model %d).%n", pyChannels, channels);
        return;
      }
      double pyCrop = py.get("bestCropSeconds").getAsDouble();
      double pySeries = py.get("bestSeriesSeconds").getAsDouble();
      out.printf(Locale.ROOT, "PyTorch %s (%d threads), same U-Net with %s, network + sigmoid: cold first crop %.0f ms (import + build + run); warm crop %.1f ms (median %.1f) = %.1f GFLOP/s; series %.0f ms (median %.0f) = %.1f GFLOP/s; peak RSS %.0f MB%n",
          py.get("torch").getAsString(), py.get("threads").getAsInt(), inputChannels(pyChannels), py.get("coldFirstCropSeconds").getAsDouble() * 1000,
          pyCrop * 1000, py.get("warmCropSeconds").getAsDouble() * 1000, flops / pyCrop / 1e9, pySeries * 1000,
          py.get("warmSeriesSeconds").getAsDouble() * 1000, flops * s.seriesCrops() / pySeries / 1e9, py.get("peakRssMb").getAsDouble());
      out.printf(Locale.ROOT, "Ratio DJL/PyTorch (best times), network only: crop %.2f, series %.2f; product path: crop %.2f, series %.2f%n",
          raw[1] / pyCrop, raw[3] / pySeries, segCrop[1] / pyCrop, segSeries[1] / pySeries);
      JsonObject pyTrain = py.getAsJsonObject("trainStepSeconds");
      for (Map.Entry<String, Double> e : djlTrain.entrySet()) {
        if (pyTrain.has(e.getKey())) {
          double p = pyTrain.get(e.getKey()).getAsDouble();
          out.printf(Locale.ROOT, "Training step base %s, %d-channel crops: DJL %.2f s, PyTorch %.2f s (best of 5; BCE only, torch.optim.Adam), ratio %.2f%n",
              e.getKey(), channels, e.getValue(), p, e.getValue() / p);
        }
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  private static void writeRandomModel(UNetSettings net, Path model) throws IOException {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet unet = UNet.of(net);
      unet.initialize(manager, DataType.FLOAT32, new Shape(1, net.inputChannels(), CropContract.HEIGHT, CropContract.WIDTH));
      ModelPackageWriter.write(unet, new ModelManifest(ModelManifest.FORMAT_VERSION, "bench", "0", ModelManifest.Architecture.of(net),
          ModelManifest.Input.hipspa(net.inputChannels()), ModelManifest.standardOutputs(), ModelManifest.Inference.PLAIN, null,
          new ModelManifest.Training("random weights for timing", 0, 0, 0, "hipspa bench", Map.of()), ModelManifest.CrossValidation.none()), model);
    }
  }

  /**
   * Network forward only (no normalisation or masks) on (N, C, 160, 128) inputs, in batches, in inference mode:
   * {crop median, crop best, series median, series best} seconds.
   */
  private double[] rawForward(Path model, List<CropStack> series) throws HipspaException {
    try (Model m = ModelPackage.open(model).load()) {
      NoGrad.onThisThread();
      int channels = series.get(0).count();
      float[] data = SyntheticCrops.tensor(series);
      Timed crop = () -> forward(m, data, channels, 0, 1);
      Timed whole = () -> {
        for (int from = 0; from < series.size(); from += s.batch()) {
          forward(m, data, channels, from, Math.min(s.batch(), series.size() - from));
        }
      };
      times(1, crop);
      times(1, whole);
      double[] c = times(s.repeats(), crop);
      double[] w = times(Math.max(3, s.repeats() / 4), whole);
      return new double[] {c[0], c[1], w[0], w[1]};
    }
  }

  private static void forward(Model m, float[] data, int channels, int from, int n) {
    int crop = channels * CropContract.PIXELS;
    try (NDManager batch = m.getNDManager().newSubManager()) {
      NDArray x = batch.create(Arrays.copyOfRange(data, from * crop, (from + n) * crop),
          new Shape(n, channels, CropContract.HEIGHT, CropContract.WIDTH));
      NDArray y = m.getBlock().forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow();
      Activation.sigmoid(y).toFloatArray();
    }
  }

  private double[] coldRun(Path model, int crops, int channels) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx6g", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), model.toString(), String.valueOf(crops), String.valueOf(s.batch()), String.valueOf(channels)));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || text.isEmpty()) {
      throw new IOException("cold-start run failed: " + text);
    }
    String[] last = text.lines().reduce((a, b) -> b).orElseThrow().trim().split(" ");
    return new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2])};
  }

  /** The same U-Net ({@code net}'s width, depth and input channels) in PyTorch; null when that python cannot run it. */
  private JsonObject pytorch(Path work, int threads, UNetSettings net) throws IOException, InterruptedException {
    Path script = work.resolve("pytorch_unet_bench.py");
    for (String file : List.of("pytorch_unet_bench.py", "pytorch_unet.py")) {
      try (InputStream in = InferenceBenchmark.class.getResourceAsStream(file)) {
        Files.copy(in, work.resolve(file));
      }
    }
    String trainBases = String.join(",", s.trainStepBases().stream().map(String::valueOf).toList());
    Process p;
    try {
      p = new ProcessBuilder(s.python(), script.toString(), String.valueOf(net.baseWidth()), String.valueOf(net.depth()),
          String.valueOf(s.batch()), String.valueOf(threads), String.valueOf(s.seriesCrops()), String.valueOf(s.repeats()), trainBases,
          String.valueOf(net.inputChannels()))
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      return null;
    }
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || text.isEmpty()) {
      return null;
    }
    return new Gson().fromJson(text.lines().reduce((a, b) -> b).orElseThrow(), JsonObject.class);
  }

  private static String inputChannels(int channels) {
    return channels == 1 ? "1 input channel" : channels + " input channels";
  }

  static double peakRssMb() {
    return ProcessMemory.peakRssMb();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }

  @FunctionalInterface
  interface Timed {
    void run() throws Exception;
  }

  /** {median, best} seconds of {@code repeats} runs; on a shared machine the best is the cleanest estimate. */
  private static double[] times(int repeats, Timed body) {
    double[] t = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      try {
        body.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      t[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(t);
    return new double[] {t[repeats / 2], t[0]};
  }

}
