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
import org.hipspa.image.FloatImage;
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
 * optionally the time of one training step. Weights are random: time does not depend on them.
 */
public final class InferenceBenchmark {
  /** What to measure. */
  public record Settings(int baseWidth, int depth, int batch, int seriesCrops, int repeats, List<Integer> trainStepBases,
      String python, boolean cold, Path model) {}

  private final Settings s;
  private final PrintStream out;

  public InferenceBenchmark(Settings settings, PrintStream out) {
    this.s = settings;
    this.out = out;
  }

  public void run() throws IOException, InterruptedException, HipspaException {
    UNetSettings net = UNetSettings.hipspa(s.baseWidth(), s.depth());
    double flops = UNetCost.forwardFlops(net, CropContract.HEIGHT, CropContract.WIDTH);
    Path work = Files.createTempDirectory("hipspa-bench-");
    try {
      long engineStart = System.nanoTime();
      Engine.getEngine("PyTorch");
      double engineSeconds = (System.nanoTime() - engineStart) / 1e9;
      int threads = JniUtils.getNumThreads();
      out.printf(Locale.ROOT, "U-Net base %d, depth %d: %.2f M parameters, %.3f GFLOP per 128x160 crop (multiply-add = 2).%n",
          s.baseWidth(), s.depth(), UNetCost.parameters(net) / 1e6, flops / 1e9);
      out.printf(Locale.ROOT, "Machine: %d cores visible, PyTorch intra-op threads %d; load average now %s (shared machine).%n",
          Runtime.getRuntime().availableProcessors(), threads, loadAverage());
      Path model = s.model();
      if (model == null) {
        model = work.resolve("model");
        writeRandomModel(net, model);
      } else {
        ModelManifest m = ModelPackage.open(model).manifest();
        out.printf(Locale.ROOT, "Model %s %s (%s weights); the FLOP count above is for base %d, depth %d.%n",
            m.name(), m.version(), m.weights().format(), s.baseWidth(), s.depth());
      }

      if (s.cold()) {
        double[] coldCrop = coldRun(model, 1);
        double[] coldSeries = coldRun(model, s.seriesCrops());
        out.printf(Locale.ROOT, "DJL cold (fresh JVM, from main): engine start + load + verify %.0f ms; first crop %.0f ms -> %.0f ms total, peak RSS %.0f MB%n",
            coldCrop[0], coldCrop[1], coldCrop[0] + coldCrop[1], coldCrop[2]);
        out.printf(Locale.ROOT, "DJL cold (fresh JVM, from main): engine start + load + verify %.0f ms; first %d-crop series %.0f ms -> %.0f ms total, peak RSS %.0f MB%n",
            coldSeries[0], s.seriesCrops(), coldSeries[1], coldSeries[0] + coldSeries[1], coldSeries[2]);
      }
      out.printf(Locale.ROOT, "DJL engine start in this JVM: %.0f ms%n", engineSeconds * 1000);

      List<FloatImage> series = new ArrayList<>();
      for (int i = 0; i < s.seriesCrops(); i++) {
        series.add(syntheticCrop(i));
      }
      List<CropStack> stacks = CropStack.singles(series);
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
      double[] raw = rawForward(model, series);
      out.printf(Locale.ROOT, "DJL warm, product path (normalise, network, sigmoid, masks): crop %.1f ms (median %.1f); %d-crop series, batch %d: %.0f ms (median %.0f)%n",
          segCrop[1] * 1000, segCrop[0] * 1000, s.seriesCrops(), s.batch(), segSeries[1] * 1000, segSeries[0] * 1000);
      out.printf(Locale.ROOT, "DJL warm, product path with mirror averaging (as the shipped model runs): %d-crop series %.0f ms (median %.0f)%n",
          s.seriesCrops(), shippedSeries[1] * 1000, shippedSeries[0] * 1000);
      out.printf(Locale.ROOT, "DJL warm, network only: crop %.1f ms (median %.1f) = %.1f GFLOP/s; series %.0f ms (median %.0f) = %.1f GFLOP/s%n",
          raw[1] * 1000, raw[0] * 1000, flops / raw[1] / 1e9, raw[3] * 1000, raw[2] * 1000, flops * s.seriesCrops() / raw[3] / 1e9);
      out.printf(Locale.ROOT, "DJL peak RSS of this JVM so far: %.0f MB%n", peakRssMb());

      Map<String, Double> djlTrain = new java.util.LinkedHashMap<>();
      for (int base : s.trainStepBases()) {
        double step = TrainingStepTimer.bestStepSeconds(UNetSettings.hipspa(base, s.depth()), 8, 5);
        djlTrain.put(String.valueOf(base), step);
        double trainFlops = 3 * 8 * UNetCost.forwardFlops(UNetSettings.hipspa(base, s.depth()), CropContract.HEIGHT, CropContract.WIDTH);
        out.printf(Locale.ROOT, "DJL training step, base %d depth %d, batch 8 (forward+backward+Adam): best of 5 %.2f s (%.1f GFLOP/s at 3x forward FLOPs)%n",
            base, s.depth(), step, trainFlops / step / 1e9);
      }

      JsonObject py = pytorch(work, threads);
      if (py == null) {
        out.println("PyTorch reference: not run (" + s.python() + " with torch not found).");
        return;
      }
      double pyCrop = py.get("bestCropSeconds").getAsDouble();
      double pySeries = py.get("bestSeriesSeconds").getAsDouble();
      out.printf(Locale.ROOT, "PyTorch %s (%d threads), network + sigmoid: cold first crop %.0f ms (import + build + run); warm crop %.1f ms (median %.1f) = %.1f GFLOP/s; series %.0f ms (median %.0f) = %.1f GFLOP/s; peak RSS %.0f MB%n",
          py.get("torch").getAsString(), py.get("threads").getAsInt(), py.get("coldFirstCropSeconds").getAsDouble() * 1000,
          pyCrop * 1000, py.get("warmCropSeconds").getAsDouble() * 1000, flops / pyCrop / 1e9, pySeries * 1000,
          py.get("warmSeriesSeconds").getAsDouble() * 1000, flops * s.seriesCrops() / pySeries / 1e9, py.get("peakRssMb").getAsDouble());
      out.printf(Locale.ROOT, "Ratio DJL/PyTorch (best times), network only: crop %.2f, series %.2f; product path: crop %.2f, series %.2f%n",
          raw[1] / pyCrop, raw[3] / pySeries, segCrop[1] / pyCrop, segSeries[1] / pySeries);
      JsonObject pyTrain = py.getAsJsonObject("trainStepSeconds");
      for (Map.Entry<String, Double> e : djlTrain.entrySet()) {
        if (pyTrain.has(e.getKey())) {
          double p = pyTrain.get(e.getKey()).getAsDouble();
          out.printf(Locale.ROOT, "Training step base %s: DJL %.2f s, PyTorch %.2f s (best of 5; BCE only, torch.optim.Adam), ratio %.2f%n", e.getKey(), e.getValue(), p, e.getValue() / p);
        }
      }
    } finally {
      FileTrees.delete(work);
    }
  }

  private static void writeRandomModel(UNetSettings net, Path model) throws IOException {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet unet = UNet.of(net);
      unet.initialize(manager, DataType.FLOAT32, new Shape(1, 1, CropContract.HEIGHT, CropContract.WIDTH));
      ModelPackageWriter.write(unet, new ModelManifest(ModelManifest.FORMAT_VERSION, "bench", "0", ModelManifest.Architecture.of(net),
          ModelManifest.Input.hipspa(), ModelManifest.standardOutputs(), ModelManifest.Inference.PLAIN, null,
          new ModelManifest.Training("random weights for timing", 0, 0, 0, "hipspa bench", Map.of()), ModelManifest.CrossValidation.none()), model);
    }
  }

  /** Network forward only (no normalisation or masks), in batches, in inference mode: {crop median, crop best, series median, series best} seconds. */
  private double[] rawForward(Path model, List<FloatImage> series) throws HipspaException {
    try (Model m = ModelPackage.open(model).load()) {
      NoGrad.onThisThread();
      float[] data = new float[series.size() * CropContract.PIXELS];
      for (int i = 0; i < series.size(); i++) {
        System.arraycopy(series.get(i).values(), 0, data, i * CropContract.PIXELS, CropContract.PIXELS);
      }
      Timed crop = () -> forward(m, data, 0, 1);
      Timed whole = () -> {
        for (int from = 0; from < series.size(); from += s.batch()) {
          forward(m, data, from, Math.min(s.batch(), series.size() - from));
        }
      };
      times(1, crop);
      times(1, whole);
      double[] c = times(s.repeats(), crop);
      double[] w = times(Math.max(3, s.repeats() / 4), whole);
      return new double[] {c[0], c[1], w[0], w[1]};
    }
  }

  private static void forward(Model m, float[] data, int from, int n) {
    try (NDManager batch = m.getNDManager().newSubManager()) {
      NDArray x = batch.create(Arrays.copyOfRange(data, from * CropContract.PIXELS, (from + n) * CropContract.PIXELS),
          new Shape(n, 1, CropContract.HEIGHT, CropContract.WIDTH));
      NDArray y = m.getBlock().forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow();
      Activation.sigmoid(y).toFloatArray();
    }
  }

  private double[] coldRun(Path model, int crops) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx6g", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), model.toString(), String.valueOf(crops), String.valueOf(s.batch())));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0 || text.isEmpty()) {
      throw new IOException("cold-start run failed: " + text);
    }
    String[] last = text.lines().reduce((a, b) -> b).orElseThrow().trim().split(" ");
    return new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2])};
  }

  private JsonObject pytorch(Path work, int threads) throws IOException, InterruptedException {
    Path script = work.resolve("pytorch_unet_bench.py");
    for (String file : List.of("pytorch_unet_bench.py", "pytorch_unet.py")) {
      try (InputStream in = InferenceBenchmark.class.getResourceAsStream(file)) {
        Files.copy(in, work.resolve(file));
      }
    }
    String trainBases = String.join(",", s.trainStepBases().stream().map(String::valueOf).toList());
    Process p;
    try {
      p = new ProcessBuilder(s.python(), script.toString(), String.valueOf(s.baseWidth()), String.valueOf(s.depth()),
          String.valueOf(s.batch()), String.valueOf(threads), String.valueOf(s.seriesCrops()), String.valueOf(s.repeats()), trainBases)
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

  /** A deterministic crop with structure (a bright disc on a gradient with noise). */
  static FloatImage syntheticCrop(int seed) {
    java.util.Random r = new java.util.Random(seed);
    float[] v = new float[CropContract.PIXELS];
    for (int y = 0; y < CropContract.HEIGHT; y++) {
      for (int x = 0; x < CropContract.WIDTH; x++) {
        double d = Math.hypot(x - 64, y - 80);
        v[y * CropContract.WIDTH + x] = (float) ((d < 30 ? 300 : 100) + y * 0.5 + r.nextGaussian() * 20);
      }
    }
    return new FloatImage(CropContract.WIDTH, CropContract.HEIGHT, v);
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
