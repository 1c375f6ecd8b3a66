package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
  private static final Gson CHECKPOINT_GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  @Test
  void theShippedRecipeHasThinSectionRepeatsOffAndItsManifestSettingsAreTheOnesWrittenBefore() {
    TrainingSettings shipped = TrainingSettings.defaults();

    assertThat(shipped.thinSections()).isEqualTo(ThinSectionRepeats.OFF);
    assertThat(shipped.asMap()).containsOnlyKeys("baseWidth", "depth", "epochs", "batchSize", "learningRate", "learningRateSchedule",
        "optimizer", "loss", "patience", "seed", "augment", "validationShare");
  }

  @Test
  void aManifestRecordsThinSectionRepeatsWhenTheyAreOn() {
    TrainingSettings on = TrainingSettings.defaults().withThinSections(new ThinSectionRepeats(3, 0.2));

    assertThat(on.asMap()).containsEntry("thinSectionRepeats", 3).containsEntry("thinSectionFraction", 0.2);
    assertThat(on.withEpochs(5).thinSections()).isEqualTo(new ThinSectionRepeats(3, 0.2));
  }

  @Test
  void aCheckpointWrittenBeforeTheSettingExistedReadsAsTrainedWithItOff() {
    String before = "{\"baseWidth\":16,\"depth\":4,\"epochs\":40,\"batchSize\":8,\"learningRate\":0.001,\"patience\":8,\"seed\":1,"
        + "\"augment\":true,\"validationShare\":0.15}";

    TrainingSettings read = CHECKPOINT_GSON.fromJson(before, TrainingSettings.class);

    assertThat(read).isEqualTo(TrainingSettings.defaults());
    assertThat(read.thinSections()).isEqualTo(ThinSectionRepeats.OFF);
  }

  @Test
  void aCheckpointWithTheSettingOnReadsBackTheSame() {
    TrainingSettings on = TrainingSettings.defaults().withThinSections(new ThinSectionRepeats(4, 0.15));

    assertThat(CHECKPOINT_GSON.fromJson(CHECKPOINT_GSON.toJson(on), TrainingSettings.class)).isEqualTo(on);
  }

  @Test
  void aManifestRecordsAPerCropDiceOnlyWhenItIsOnAndACheckpointWithoutTheSettingReadsAsPooled() {
    TrainingSettings perCrop = TrainingSettings.defaults().withDicePerCrop(true);

    assertThat(perCrop.asMap()).containsEntry("dicePerCrop", true).containsEntry("loss", "BCE + soft Dice per structure and crop");
    assertThat(TrainingSettings.defaults().asMap()).doesNotContainKey("dicePerCrop").containsEntry("loss", "BCE + soft Dice per structure");
    assertThat(perCrop.withEpochs(5).withContextSlices(1).withThinSections(new ThinSectionRepeats(2, 0.3)).dicePerCrop()).isTrue();
    assertThat(CHECKPOINT_GSON.fromJson(CHECKPOINT_GSON.toJson(perCrop), TrainingSettings.class)).isEqualTo(perCrop);
    assertThat(CHECKPOINT_GSON.fromJson("{\"baseWidth\":16,\"depth\":4}", TrainingSettings.class).dicePerCrop()).isFalse();
  }
}
