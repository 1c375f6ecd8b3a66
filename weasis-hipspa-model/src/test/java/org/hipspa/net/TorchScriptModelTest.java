package org.hipspa.net;

import org.hipspa.segment.Structure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipspa.image.FloatImage;
import org.junit.jupiter.api.Test;

/**
 * A hospital's own PyTorch U-Net, scripted by src/test/python/make_torchscript_unet.py with Debian's
 * PyTorch 1.13.1, loads through the same manifest as HipSpA's weights and gives PyTorch's output.
 */
class TorchScriptModelTest {

  @Test
  void aTorchScriptUNetLoadsThroughItsManifestAndGivesPyTorchsOutputWithin1e4() throws Exception {
    Path folder = resourceFolder();
    float[] input = readFloats(folder.resolve("input.f32"));
    float[] expected = readFloats(folder.resolve("output.f32"));

    ModelPackage pkg = ModelPackage.open(folder);
    assertThat(pkg.manifest().weights().format()).isEqualTo("torchscript");
    try (Model model = pkg.load(); NDManager manager = model.getNDManager().newSubManager()) {
      NoGrad.onThisThread();
      NDArray x = manager.create(input, new Shape(1, 1, 160, 128));
      float[] actual = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow().toFloatArray();
      assertThat(actual).hasSameSizeAs(expected);
      double maxDifference = 0;
      for (int i = 0; i < actual.length; i++) {
        maxDifference = Math.max(maxDifference, Math.abs(actual[i] - expected[i]));
      }
      assertThat(maxDifference).isLessThan(1e-4);
    }
  }

  @Test
  void theSegmenterRunsTheTorchScriptModelLikeItsOwn() throws Exception {
    Path folder = resourceFolder();
    float[] input = readFloats(folder.resolve("input.f32"));
    try (Segmenter segmenter = Segmenter.open(folder, 2)) {
      List<CropPrediction> predictions = segmenter.segmentSeries(CropStack.singles(List.of(
          new FloatImage(128, 160, input.clone()), new FloatImage(128, 160, input.clone()), new FloatImage(128, 160, input.clone()))));
      assertThat(predictions).hasSize(3);
      // The third crop ran alone in the second batch; the result must not depend on the batch.
      float[] alone = predictions.get(2).probability(Structure.BME).values();
      float[] inPair = predictions.get(0).probability(Structure.BME).values();
      double maxDifference = 0;
      for (int i = 0; i < alone.length; i++) {
        maxDifference = Math.max(maxDifference, Math.abs(alone[i] - inPair[i]));
      }
      assertThat(maxDifference).isLessThan(1e-5);
      assertThat(predictions.get(0).mask(Structure.BME).count())
          .isEqualTo((int) java.util.stream.IntStream.range(0, inPair.length).filter(i -> inPair[i] >= 0.5f).count());
    }
  }

  static Path resourceFolder() throws URISyntaxException {
    return Path.of(TorchScriptModelTest.class.getResource("torchscript-unet/manifest.json").toURI()).getParent();
  }

  static float[] readFloats(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[bytes.remaining() / 4];
    bytes.asFloatBuffer().get(values);
    return values;
  }
}
