package org.hipspa.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPackageTest {
  private static final UNetSettings TINY = UNetSettings.hipspa(2, 2);

  @TempDir Path temp;
  Path folder;
  ModelManifest written;

  @BeforeEach
  void writeModel() throws IOException {
    folder = temp.resolve("model");
    written = TestModels.writeRandom(TINY, folder);
  }

  @Test
  void aWrittenModelFolderRecordsTheSizeAndChecksumOfItsWeightsAndLoads() throws Exception {
    assertThat(written.weights().sha256()).isEqualTo(Checksums.sha256(folder.resolve("weights.params")));
    assertThat(written.weights().bytes()).isEqualTo(Files.size(folder.resolve("weights.params")));
    assertThat(temp.toFile().list()).containsExactly("model");
    ModelPackage pkg = ModelPackage.open(folder);
    assertThat(pkg.manifest()).isEqualTo(written);
    try (Model model = pkg.load()) {
      assertThat(model.getBlock()).isInstanceOf(UNet.class);
    }
  }

  @Test
  void aWeightsFileWithOneFlippedByteIsRefusedAsDamaged() throws Exception {
    Path weights = folder.resolve("weights.params");
    byte[] bytes = Files.readAllBytes(weights);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(weights, bytes);
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("The model's weights file weights.params is damaged (its SHA-256 does not match the manifest): copy the model folder again from its source.");
  }

  @Test
  void aTruncatedWeightsFileIsRefused() throws Exception {
    Path weights = folder.resolve("weights.params");
    byte[] bytes = Files.readAllBytes(weights);
    Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessageStartingWith("The model's weights file weights.params is truncated or altered (" + (bytes.length - 100) + " bytes");
  }

  @Test
  void aTruncatedWeightsFileWhoseManifestWasEditedToMatchIsRefusedWhenLoading() throws Exception {
    Path weights = folder.resolve("weights.params");
    byte[] bytes = Files.readAllBytes(weights);
    Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    ManifestJson.write(written.withWeights(new ModelManifest.Weights("weights.params", "djl-params",
        Checksums.sha256(weights), Files.size(weights))), folder.resolve("manifest.json"));
    ModelPackage pkg = ModelPackage.open(folder);
    assertThatThrownBy(pkg::load)
        .isInstanceOf(ModelPackageException.class)
        .hasMessageContaining("does not fit the architecture in its manifest");
  }

  @Test
  void aManifestWithAnotherInputSizeIsRefused() throws Exception {
    rewriteManifest(new ModelManifest(1, "m", "1", written.architecture(),
        new ModelManifest.Input(1, 256, 256, ModelManifest.Input.PAPER_PIXEL_SPACING_MM, IntensityNormalisation.standard()), written.outputs(),
        written.inference(), written.weights(), written.training(), written.crossValidation()));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("This model expects 1x256x256 input (channels x height x width), but HipSpA feeds 1x160x128 crops: choose a model made for HipSpA's input.");
  }

  @Test
  void aManifestWithTwoStructuresIsRefused() throws Exception {
    rewriteManifest(new ModelManifest(1, "m", "1", written.architecture(), written.input(),
        List.of(new ModelManifest.Output("femoral-head", 0.5f), new ModelManifest.Output("lesion", 0.5f)),
        written.inference(), written.weights(), written.training(), written.crossValidation()));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("This model segments 2 structures [femoral-head, lesion], but HipSpA needs 3 in this order [femoral-head, bme, effusion]: choose a model made for HipSpA.");
  }

  @Test
  void weightsOfAnotherWidthThanTheManifestSaysAreRefusedWhenLoading() throws Exception {
    rewriteManifest(new ModelManifest(1, "m", "1", ModelManifest.Architecture.of(UNetSettings.hipspa(4, 2)),
        written.input(), written.outputs(), written.inference(), written.weights(), written.training(), written.crossValidation()));
    ModelPackage pkg = ModelPackage.open(folder);
    assertThatThrownBy(pkg::load)
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("The model's weights file weights.params does not fit the architecture in its manifest (unet, base 4, depth 2): use the weights and manifest that were made together.");
  }

  @Test
  void aWeightsFileOutsideTheModelFolderIsRefused() throws Exception {
    rewriteManifest(written.withWeights(new ModelManifest.Weights("../other/weights.params", "djl-params", written.weights().sha256(), written.weights().bytes())));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("The model manifest names the weights file \"../other/weights.params\" outside its folder: put the weights file beside manifest.json and name it there without a path.");
  }

  @Test
  void aMissingWeightsFileIsRefused() throws Exception {
    Files.delete(folder.resolve("weights.params"));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("The model's weights file weights.params is missing from " + folder + ": copy the whole model folder again.");
  }

  @Test
  void aFolderWithoutManifestIsRefused() throws Exception {
    Files.delete(folder.resolve("manifest.json"));
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("The model folder " + folder + " has no manifest.json: choose a complete HipSpA model folder.");
  }

  @Test
  void aManifestThatIsNotJsonIsRefused() throws Exception {
    Files.writeString(folder.resolve("manifest.json"), "{ not json");
    assertThatThrownBy(() -> ModelPackage.open(folder))
        .isInstanceOf(ModelPackageException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void writingOverAnExistingModelFolderIsRefused() {
    assertThatThrownBy(() -> TestModels.writeRandom(TINY, folder)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  private void rewriteManifest(ModelManifest m) throws IOException {
    ManifestJson.write(m, folder.resolve("manifest.json"));
  }
}
