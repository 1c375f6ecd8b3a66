package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipspa.locate.ContextSlices;
import org.hipspa.locate.CropSpec;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;
import org.hipspa.net.IntensityNormalisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextSliceTrainingTest {
  @TempDir Path temp;
  static List<CropSample> plain;
  static List<CropSample> withContext;

  @BeforeAll
  static void makeCrops() {
    plain = new PhantomCropSource(1, 7, 25, CropSpec.PAPER, ContextSlices.NONE, (n, t) -> {}).crops();
    withContext = new PhantomCropSource(1, 7, 25, CropSpec.PAPER, new ContextSlices(1), (n, t) -> {}).crops();
  }

  @Test
  void phantomCropsWithContextAreTheSameSlicesUnderTheSameBoxesWithTheirNeighboursBeside() {
    assertThat(withContext).hasSameSizeAs(plain);
    for (int i = 0; i < plain.size(); i++) {
      CropSample a = plain.get(i);
      CropSample b = withContext.get(i);
      assertThat(a.channels()).isEqualTo(1);
      assertThat(b.channels()).isEqualTo(3);
      assertThat(b.label()).isEqualTo(a.label());
      assertThat(b.centre()).as("the slice itself, under the same jittered box").isEqualTo(a.centre());
      assertThat(b.masks()).as("the truth is the slice's own").isEqualTo(a.masks());
    }
    // Slice 1 (both hips) has no anterior neighbour: its own crop is repeated; a middle slice's neighbours differ from it.
    assertThat(withContext.get(0).input().channel(0)).isEqualTo(withContext.get(0).centre());
    assertThat(withContext.get(20).input().channel(0)).isNotEqualTo(withContext.get(20).centre());
    assertThat(withContext.get(20).input().channel(2)).isNotEqualTo(withContext.get(20).centre());
  }

  @Test
  void augmentationMovesAllChannelsAlikeAndDrawsTheNoiseForEachChannel() {
    CropSample sample = withContext.get(20);
    PreparedCrop three = PreparedCrop.prepare(List.of(sample), IntensityNormalisation.standard()).get(0);
    PreparedCrop centreOnly = PreparedCrop.prepare(List.of(new CropSample(sample.patientId(), sample.seriesId(), sample.label(),
        CropStack.single(sample.centre()), sample.masks())), IntensityNormalisation.standard()).get(0);
    Augmentation noNoise = new Augmentation(10, 0.1, 0.1, 0.05, 0);

    float[][] a = noNoise.apply(three, new Random(4));
    float[][] b = noNoise.apply(centreOnly, new Random(4));

    // Without noise a 3-channel crop takes the draws of a 1-channel one: same flip, rotation, scale, gain, offset.
    assertThat(channel(a[0], 1)).isEqualTo(b[0]);
    assertThat(a[1]).isEqualTo(b[1]);

    PreparedCrop sameThrice = new PreparedCrop(sample, concat(centreOnly.image(), centreOnly.image(), centreOnly.image()), centreOnly.labels());
    float[][] noisy = new Augmentation(0, 0, 0, 0, 0.03).apply(sameThrice, new Random(5));
    double largest = 0;
    for (int i = 0; i < CropContract.PIXELS; i++) {
      largest = Math.max(largest, Math.abs(noisy[0][i] - noisy[0][CropContract.PIXELS + i]));
    }
    assertThat(largest).as("independent noise on two copies of one slice").isGreaterThan(0).isLessThan(0.5);
  }

  @Test
  void aThreeChannelTrainingRunsAndItsCheckpointIsNotResumedWithAnotherContext() throws Exception {
    TrainingSettings oneNeighbour = new TrainingSettings(2, 2, 1, 8, 1e-3f, 10, 3L, true, 0.2).withContextSlices(1);
    List<CropSample> train = withContext.subList(0, 16);
    List<CropSample> validation = withContext.subList(16, 24);
    Path work = temp.resolve("k1");

    TrainingOutcome outcome = new UNetTraining(oneNeighbour, IntensityNormalisation.standard()).train(train, validation, work, TrainingListener.NONE);

    assertThat(outcome.lastEpoch()).isEqualTo(1);
    assertThat(Checkpoint.savedSettings(work).contextSlices()).isEqualTo(1);
    TrainingSettings none = oneNeighbour.withContextSlices(0).withEpochs(2);
    assertThatThrownBy(() -> new UNetTraining(none, IntensityNormalisation.standard()).train(plain.subList(0, 16), plain.subList(16, 24), work,
        TrainingListener.NONE))
        .isInstanceOf(CheckpointMismatchException.class)
        .hasMessage("The checkpoint in " + work + " was trained with 1 context slices on each side, not 0; resume with --context-slices 1,"
            + " or choose another --out.");
  }

  @Test
  void aCheckpointWrittenBeforeContextSlicesExistedResumesAsTheTwoDimensionalRecipe() throws Exception {
    TrainingSettings settings = new TrainingSettings(2, 2, 1, 8, 1e-3f, 10, 3L, false, 0.2);
    Path work = temp.resolve("old");
    new UNetTraining(settings, IntensityNormalisation.standard()).train(plain.subList(0, 8), plain.subList(8, 10), work, TrainingListener.NONE);
    Path state = work.resolve(Checkpoint.FOLDER).resolve("state.json");
    String json = Files.readString(state);
    assertThat(json).contains(",\"contextSlices\":0");
    Files.writeString(state, json.replace(",\"contextSlices\":0", ""));

    assertThat(Checkpoint.savedSettings(work)).isEqualTo(settings);
    TrainingOutcome resumed = new UNetTraining(settings.withEpochs(2), IntensityNormalisation.standard())
        .train(plain.subList(0, 8), plain.subList(8, 10), work, TrainingListener.NONE);
    assertThat(resumed.lastEpoch()).isEqualTo(2);
  }

  @Test
  void cropsOfAnotherChannelCountThanTheSettingsAreAMistake() {
    TrainingSettings oneNeighbour = new TrainingSettings(2, 2, 1, 8, 1e-3f, 10, 3L, true, 0.2).withContextSlices(1);
    assertThatThrownBy(() -> new UNetTraining(oneNeighbour, IntensityNormalisation.standard())
        .train(plain.subList(0, 8), plain.subList(8, 10), temp.resolve("x"), TrainingListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 1 channels, the settings ask for 3");
  }

  @Test
  void aCropFolderHoldsOnlySingleSlices() {
    assertThatThrownBy(() -> CropFolder.write(withContext.subList(0, 1), temp.resolve("folder")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static float[] channel(float[] image, int c) {
    float[] out = new float[CropContract.PIXELS];
    System.arraycopy(image, c * CropContract.PIXELS, out, 0, out.length);
    return out;
  }

  private static float[] concat(float[]... parts) {
    List<Float> all = new ArrayList<>();
    for (float[] p : parts) {
      for (float v : p) {
        all.add(v);
      }
    }
    float[] out = new float[all.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = all.get(i);
    }
    return out;
  }
}
