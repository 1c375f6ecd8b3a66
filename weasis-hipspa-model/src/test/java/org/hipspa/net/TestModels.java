package org.hipspa.net;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Small model folders written by the real writer, for tests. */
public final class TestModels {
  private TestModels() {}

  public static ModelManifest manifestFor(UNetSettings settings) {
    return new ModelManifest(
        ModelManifest.FORMAT_VERSION,
        "test-unet",
        "0.0.1",
        ModelManifest.Architecture.of(settings),
        ModelManifest.Input.hipspa(settings.inputChannels()),
        ModelManifest.standardOutputs(),
        ModelManifest.Inference.PLAIN,
        null,
        new ModelManifest.Training("random weights for a test", 0, 0, 1L, "none", Map.of()),
        ModelManifest.CrossValidation.none());
  }

  /** An untrained U-Net with random weights for inputs of {@code settings.inputChannels()} channels, written as a model folder. */
  public static ModelManifest writeRandom(UNetSettings settings, Path target) throws IOException {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet net = UNet.of(settings);
      net.initialize(manager, DataType.FLOAT32, new Shape(1, settings.inputChannels(), CropContract.HEIGHT, CropContract.WIDTH));
      return ModelPackageWriter.write(net, manifestFor(settings), target);
    }
  }
}
