package org.hipspa.net;

import org.hipspa.segment.Structure;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model folder: {@code manifest.json} plus the weights file it names (DJL parameters or an
 * external TorchScript file). {@link #open} verifies the manifest's input contract (crop size, an
 * odd channel count) and the weights' size and SHA-256 before anything is loaded; {@link #load}
 * builds the network and checks that one crop of the manifest's channels gives one probability map
 * per structure. Every refusal is one sentence for the user.
 */
public final class ModelPackage {
  private static final Logger LOG = LoggerFactory.getLogger(ModelPackage.class);
  static final String ENGINE = "PyTorch";

  private final Path folder;
  private final ModelManifest manifest;

  private ModelPackage(Path folder, ModelManifest manifest) {
    this.folder = folder;
    this.manifest = manifest;
  }

  public Path folder() {
    return folder;
  }

  public ModelManifest manifest() {
    return manifest;
  }

  public Path weightsFile() {
    return folder.resolve(manifest.weights().file());
  }

  /** Reads and verifies the model folder; loads nothing into the engine yet. */
  public static ModelPackage open(Path folder) throws ModelPackageException {
    Path manifestFile = folder.resolve(ModelManifest.FILE_NAME);
    if (!Files.isDirectory(folder)) {
      throw new ModelPackageException("The model folder " + folder + " does not exist: choose the folder that holds manifest.json and the weights.");
    }
    ModelManifest manifest;
    try {
      manifest = ManifestJson.read(manifestFile);
    } catch (NoSuchFileException e) {
      throw new ModelPackageException("The model folder " + folder + " has no manifest.json: choose a complete HipSpA model folder.", e);
    } catch (IOException | RuntimeException e) {
      throw new ModelPackageException("The model manifest " + manifestFile + " cannot be read: copy the model folder again from its source.", e);
    }
    checkContract(manifest, manifestFile);
    ModelPackage pkg = new ModelPackage(folder, manifest);
    pkg.checkWeights();
    return pkg;
  }

  private static void checkContract(ModelManifest m, Path manifestFile) throws ModelPackageException {
    if (m.formatVersion() != ModelManifest.FORMAT_VERSION || m.architecture() == null || m.input() == null
        || m.outputs() == null || m.weights() == null || m.weights().file() == null || m.weights().sha256() == null) {
      throw new ModelPackageException("The model manifest " + manifestFile + " is incomplete or of an unknown version: use a model folder made for this HipSpA version.");
    }
    ModelManifest.Input in = m.input();
    if (in.height() != CropContract.HEIGHT || in.width() != CropContract.WIDTH) {
      // HipSpA feeds as many channels as the model asks for (the slice and its neighbours); the crop size is fixed.
      throw new ModelPackageException(String.format(
          "This model expects %dx%dx%d input (channels x height x width), but HipSpA feeds %dx%dx%d crops: choose a model made for HipSpA's input.",
          in.channels(), in.height(), in.width(), in.channels(), CropContract.HEIGHT, CropContract.WIDTH));
    }
    if (in.channels() < 1 || in.channels() % 2 == 0) {
      throw new ModelPackageException("This model expects " + in.channels() + " input channels, but HipSpA feeds a slice with"
          + " as many neighbouring slices on each side, an odd number (1, 3, 5, ...): choose a model made for HipSpA's input.");
    }
    if (!(in.pixelSpacingMm() > 0 && in.pixelSpacingMm() < 10)) {
      throw new ModelPackageException("The model manifest " + manifestFile + " does not give the size of an input pixel"
          + " (input.pixelSpacingMm): use a model folder made for this HipSpA version.");
    }
    if (in.normalisation() == null || !IntensityNormalisation.METHOD.equals(in.normalisation().method())) {
      throw new ModelPackageException("This model's intensity normalisation is not one HipSpA knows (" + (in.normalisation() == null ? "none" : in.normalisation().method()) + "): choose a model made for HipSpA's input.");
    }
    List<String> expected = List.of(Structure.values()).stream().map(Structure::id).toList();
    List<String> actual = m.outputs().stream().map(ModelManifest.Output::structure).toList();
    if (!expected.equals(actual)) {
      throw new ModelPackageException("This model segments " + actual.size() + " structures " + actual + ", but HipSpA needs " + expected.size() + " in this order " + expected + ": choose a model made for HipSpA.");
    }
    String format = m.weights().format();
    if (!ModelManifest.Weights.DJL_PARAMS.equals(format) && !ModelManifest.Weights.TORCHSCRIPT.equals(format)) {
      throw new ModelPackageException("The model's weights format \"" + format + "\" is unknown: HipSpA reads djl-params and torchscript weights.");
    }
    Path file = Path.of(m.weights().file());
    if (file.isAbsolute() || file.getNameCount() != 1 || file.toString().equals("..") || file.toString().equals(".")) {
      throw new ModelPackageException("The model manifest names the weights file \"" + m.weights().file() + "\" outside its folder: put the weights file beside manifest.json and name it there without a path.");
    }
    if (ModelManifest.Weights.TORCHSCRIPT.equals(format) && !m.weights().file().endsWith(".pt")) {
      throw new ModelPackageException("The TorchScript weights file " + m.weights().file() + " must end in .pt: rename it and its entry in manifest.json.");
    }
  }

  private void checkWeights() throws ModelPackageException {
    Path file = weightsFile();
    String name = manifest.weights().file();
    if (!Files.isRegularFile(file)) {
      throw new ModelPackageException("The model's weights file " + name + " is missing from " + folder + ": copy the whole model folder again.");
    }
    try {
      long size = Files.size(file);
      if (manifest.weights().bytes() > 0 && size != manifest.weights().bytes()) {
        throw new ModelPackageException("The model's weights file " + name + " is truncated or altered (" + size + " bytes, the manifest says " + manifest.weights().bytes() + "): copy the model folder again from its source.");
      }
      String sha = Checksums.sha256(file);
      if (!sha.equalsIgnoreCase(manifest.weights().sha256())) {
        throw new ModelPackageException("The model's weights file " + name + " is damaged (its SHA-256 does not match the manifest): copy the model folder again from its source.");
      }
    } catch (IOException e) {
      throw new ModelPackageException("The model's weights file " + name + " cannot be read: check that it is readable and copy it again if needed.", e);
    }
  }

  /**
   * Loads the weights into a new DJL model (starts the engine if it is not running yet) and checks
   * that one crop gives one map per structure. The caller owns the returned model and closes it.
   */
  public Model load() throws ModelPackageException {
    Model model;
    try {
      model = Model.newInstance(manifest.name() == null ? "hipspa" : manifest.name(), ENGINE);
    } catch (RuntimeException e) {
      // DJL's EngineException and the like: the native library is missing, foreign, or cannot be unpacked.
      throw new ModelPackageException("The PyTorch engine could not start (" + firstLine(e)
          + "): check that the PyTorch native jar for this platform is installed and that DJL_CACHE_DIR ("
          + System.getenv().getOrDefault("DJL_CACHE_DIR", "~/.djl.ai") + ") is writable with about 500 MB free.", e);
    }
    try {
      if (ModelManifest.Weights.TORCHSCRIPT.equals(manifest.weights().format())) {
        String file = manifest.weights().file();
        // DJL's PyTorch engine loads <folder>/<prefix>.pt.
        model.load(folder, file.substring(0, file.length() - ".pt".length()));
        LOG.info("Loaded TorchScript weights {}", file);
      } else {
        UNet net = UNet.of(manifest.architecture().settings(manifest.input().channels()));
        model.setBlock(net);
        net.initialize(model.getNDManager(), DataType.FLOAT32, inputShape());
        Map<String, Shape> declared = parameterShapes(net);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(weightsFile()))) {
          net.loadParameters(model.getNDManager(), new DataInputStream(in));
        }
        // DJL replaces each parameter with the array from the file, whatever its shape.
        if (!declared.equals(parameterShapes(net))) {
          throw new MalformedModelException("parameter shapes differ from the manifest's architecture");
        }
        LOG.info("Loaded DJL weights {} ({})", manifest.weights().file(), net);
      }
      probe(model);
      return model;
    } catch (ModelPackageException e) {
      model.close();
      throw e;
    } catch (IOException | MalformedModelException | RuntimeException e) {
      model.close();
      throw new ModelPackageException("The model's weights file " + manifest.weights().file() + " does not fit the architecture in its manifest (" + manifest.architecture().type() + ", base " + manifest.architecture().baseWidth() + ", depth " + manifest.architecture().depth() + "): use the weights and manifest that were made together.", e);
    }
  }

  /** One crop as the manifest says the network takes it: (1, channels, height, width). */
  private Shape inputShape() {
    return new Shape(1, manifest.input().channels(), CropContract.HEIGHT, CropContract.WIDTH);
  }

  private static Map<String, Shape> parameterShapes(UNet net) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    for (Pair<String, Parameter> p : net.getParameters()) {
      shapes.put(p.getKey(), p.getValue().getArray().getShape());
    }
    return shapes;
  }

  private void probe(Model model) throws ModelPackageException {
    Shape expected = new Shape(1, Structure.count(), CropContract.HEIGHT, CropContract.WIDTH);
    try (NDManager m = model.getNDManager().newSubManager()) {
      NoGrad.onThisThread();
      NDArray x = m.zeros(inputShape());
      NDList out = model.getBlock().forward(new ParameterStore(m, false), new NDList(x), false);
      Shape got = out.isEmpty() ? new Shape() : out.get(0).getShape();
      if (out.size() != 1 || !got.equals(expected)) {
        throw new ModelPackageException("This model gives output " + got + " for one crop, but HipSpA needs " + expected + " (one map per structure): choose a model made for HipSpA.");
      }
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
