package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.net.Checksums;
import org.hipspa.net.IntensityNormalisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training with the default settings gives, to the last digit, what main gave at 48e4eda before the
 * context-slice option existed: the figures below were recorded there with this very test.
 */
class DefaultRecipeReproducibilityTest {
  @TempDir Path temp;

  @Test
  void aShortAugmentedRunWithTheDefaultSettingsGivesMainsLossesAndWeights() throws Exception {
    List<CropSample> train = ToyCrops.make(3, 8, 21);
    List<CropSample> validation = ToyCrops.make(1, 8, 22);
    TrainingSettings settings = new TrainingSettings(4, 2, 2, 8, 3e-3f, 10, 5L, true, 0.2);
    List<EpochReport> reports = new ArrayList<>();

    TrainingOutcome outcome = new UNetTraining(settings, IntensityNormalisation.standard())
        .train(train, validation, temp.resolve("run"), reports::add);

    List<String> figures = reports.stream().map(r -> r.trainLoss() + " " + r.validationMeanDice()).toList();
    String sha = Checksums.sha256(outcome.bestParameters());
    assertThat(figures).containsExactly("1.7175588607788086 0.07770407533617706", "1.6628477970759075 0.07962570467130246");
    assertThat(sha).isEqualTo("e7a7f819bd32f1b73a91ea1c17225c0f16fc389d116aefbae9f26e5f6c0987e2");
  }
}
