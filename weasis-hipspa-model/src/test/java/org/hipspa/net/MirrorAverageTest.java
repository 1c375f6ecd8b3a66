package org.hipspa.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hipspa.image.FloatImage;
import org.hipspa.segment.Structure;
import org.hipspa.testing.Mirrored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorAverageTest {
  @TempDir Path temp;

  @Test
  void aMirrorAveragingModelGivesTheMeanOfTheCropsAnswerAndItsMirrorImagesAnswerMirroredBack() throws Exception {
    Path plainFolder = temp.resolve("plain");
    ModelManifest plain = TestModels.writeRandom(UNetSettings.hipspa(4, 2), plainFolder);
    Path mirroredFolder = Files.createDirectories(temp.resolve("mirrored"));
    Files.copy(plainFolder.resolve(plain.weights().file()), mirroredFolder.resolve(plain.weights().file()));
    ManifestJson.write(plain.withInference(ModelManifest.Inference.MIRROR_AVERAGE),
        mirroredFolder.resolve(ModelManifest.FILE_NAME));
    FloatImage crop = randomCrop(new Random(3));

    List<CropPrediction> asIsAndMirrored;
    CropPrediction averaged;
    try (Segmenter plainNet = Segmenter.open(plainFolder, 4); Segmenter mirroringNet = Segmenter.open(mirroredFolder, 4)) {
      asIsAndMirrored = plainNet.segmentSeries(CropStack.singles(List.of(crop, Mirrored.leftRight(crop))));
      averaged = mirroringNet.segmentSeries(List.of(CropStack.single(crop))).get(0);
    }

    for (Structure s : Structure.values()) {
      float[] asIs = asIsAndMirrored.get(0).probability(s).values();
      float[] mirroredBack = Mirrored.leftRight(asIsAndMirrored.get(1).probability(s)).values();
      float[] mean = averaged.probability(s).values();
      double largestDifference = 0;
      for (int i = 0; i < mean.length; i++) {
        largestDifference = Math.max(largestDifference, Math.abs(mean[i] - 0.5 * (asIs[i] + mirroredBack[i])));
      }
      assertThat(largestDifference).as(s.id()).isLessThan(1e-5);
      assertThat(asIs).as("a random network is not mirror-symmetric by itself").isNotEqualTo(mirroredBack);
    }
  }

  @Test
  void aManifestWithoutAnInferenceSettingRunsEachCropOnceAsAHospitalsOwnModelExpects() {
    ModelManifest saysNothing = ManifestJson.fromJson(ManifestJson.toJson(
        TestModels.manifestFor(UNetSettings.hipspa(4, 2)).withInference(null)));
    assertThat(saysNothing.inference()).isNull();
    assertThat(saysNothing.inferenceOrPlain().mirrorAverage()).isFalse();
  }

  private static FloatImage randomCrop(Random random) {
    FloatImage crop = new FloatImage(CropContract.WIDTH, CropContract.HEIGHT);
    for (int y = 0; y < crop.height(); y++) {
      for (int x = 0; x < crop.width(); x++) {
        crop.set(x, y, (float) (100 + 50 * Math.sin(x / 9.0) + 30 * random.nextGaussian() + (x < 40 ? 200 : 0)));
      }
    }
    return crop;
  }
}
