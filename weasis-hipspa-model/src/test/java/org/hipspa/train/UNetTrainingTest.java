package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import org.hipspa.net.CropPrediction;
import org.hipspa.net.IntensityNormalisation;
import org.hipspa.net.ModelPackageWriter;
import org.hipspa.net.Segmenter;
import org.hipspa.segment.Structure;
import org.hipspa.net.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UNetTrainingTest {
  @TempDir Path temp;

  @Test
  void aTinyNetTrainedForAFewEpochsLowersItsLossAndFindsTheToyHead() throws Exception {
    List<CropSample> train = ToyCrops.make(6, 8, 1);
    List<CropSample> validation = ToyCrops.make(2, 8, 2);
    TrainingSettings settings = new TrainingSettings(4, 3, 6, 8, 3e-3f, 10, 7L, true, 0.2);
    List<EpochReport> reports = new ArrayList<>();
    UNetTraining training = new UNetTraining(settings, IntensityNormalisation.standard());

    TrainingOutcome outcome = training.train(train, validation, temp.resolve("run"), reports::add);

    reports.forEach(r -> System.out.printf("epoch %d loss %.3f val Dice %.3f %s %.1fs%n", r.epoch(), r.trainLoss(), r.validationMeanDice(), r.validation().get("femoral-head"), r.seconds()));
    assertThat(reports).hasSize(6);
    assertThat(reports.get(5).trainLoss()).isLessThan(reports.get(0).trainLoss() * 0.9);
    double headDice = training.evaluate(outcome.bestParameters(), validation).scores(Structure.FEMORAL_HEAD).dice();
    assertThat(headDice).isGreaterThan(0.85);

    // The same weights, packaged and run by the product's segmenter series by series, find the same heads.
    Path model = temp.resolve("model");
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      ModelPackageWriter.write(training.loadNet(outcome.bestParameters(), manager), TestModels.manifestFor(settings.network()), model);
    }
    SegmentationScores viaSegmenter = new SegmentationScores();
    try (Segmenter segmenter = Segmenter.open(model, 4)) {
      for (String series : validation.stream().map(CropSample::seriesId).distinct().toList()) {
        List<CropSample> crops = validation.stream().filter(c -> c.seriesId().equals(series)).toList();
        List<CropPrediction> predictions = segmenter.segmentSeries(crops.stream().map(CropSample::input).toList());
        for (int i = 0; i < crops.size(); i++) {
          viaSegmenter.add(Structure.FEMORAL_HEAD, predictions.get(i).mask(Structure.FEMORAL_HEAD), crops.get(i).mask(Structure.FEMORAL_HEAD));
        }
      }
    }
    assertThat(viaSegmenter.scores(Structure.FEMORAL_HEAD).dice()).isCloseTo(headDice, within(1e-3));
  }

  @Test
  void trainingResumedFromACheckpointContinuesAfterTheSavedEpoch() throws Exception {
    List<CropSample> train = ToyCrops.make(2, 8, 3);
    List<CropSample> validation = ToyCrops.make(1, 4, 4);
    TrainingSettings twoEpochs = new TrainingSettings(2, 2, 2, 8, 1e-3f, 10, 7L, false, 0.2);
    Path work = temp.resolve("resumable");
    TrainingOutcome first = new UNetTraining(twoEpochs, IntensityNormalisation.standard()).train(train, validation, work, TrainingListener.NONE);
    assertThat(first.lastEpoch()).isEqualTo(2);
    assertThat(first.optimizerSteps()).isEqualTo(4);

    List<EpochReport> resumed = new ArrayList<>();
    TrainingOutcome second = new UNetTraining(twoEpochs.withEpochs(3), IntensityNormalisation.standard())
        .train(train, validation, work, resumed::add);

    assertThat(resumed).extracting(EpochReport::epoch).containsExactly(3);
    assertThat(second.lastEpoch()).isEqualTo(3);
    assertThat(second.optimizerSteps()).isEqualTo(6);
  }

  @Test
  void anInterruptedAndResumedTrainingEndsWhereAnUninterruptedOneEnds() throws Exception {
    List<CropSample> train = ToyCrops.make(2, 8, 5);
    List<CropSample> validation = ToyCrops.make(1, 4, 6);
    TrainingSettings threeEpochs = new TrainingSettings(2, 2, 3, 8, 1e-2f, 10, 9L, true, 0.2);
    List<EpochReport> straight = new ArrayList<>();
    new UNetTraining(threeEpochs, IntensityNormalisation.standard()).train(train, validation, temp.resolve("straight"), straight::add);

    // Killed after its second epoch's checkpoint (the listener is told after the checkpoint is saved).
    Path work = temp.resolve("interrupted");
    assertThatThrownBy(() -> new UNetTraining(threeEpochs, IntensityNormalisation.standard()).train(train, validation,
        work, report -> {
          if (report.epoch() == 2) {
            throw new IllegalStateException("killed");
          }
        })).hasMessage("killed");
    List<EpochReport> resumed = new ArrayList<>();
    new UNetTraining(threeEpochs, IntensityNormalisation.standard()).train(train, validation, work, resumed::add);

    // Same parameters, same optimizer moments, same augmentation draws: the third epoch matches.
    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).trainLoss()).isCloseTo(straight.get(2).trainLoss(), within(1e-4));
  }

  @Test
  void withThinSectionRepeatsAResumedTrainingEndsWhereAnUninterruptedOneEndsAndValidationCropsCountOnce() throws Exception {
    List<CropSample> train = withThinCaps(ToyCrops.make(2, 6, 5));
    List<CropSample> validation = withThinCaps(ToyCrops.make(1, 6, 6));
    TrainingSettings off = new TrainingSettings(2, 2, 2, 8, 1e-2f, 10, 9L, true, 0.2);
    TrainingSettings on = off.withThinSections(new ThinSectionRepeats(3, 0.25));
    List<EpochOrder> orders = new ArrayList<>();
    List<EpochReport> straight = new ArrayList<>();
    new UNetTraining(on, IntensityNormalisation.standard()).train(train, validation, temp.resolve("straight"), new TrainingListener() {
      @Override
      public void onStart(EpochOrder order) {
        orders.add(order);
      }

      @Override
      public void onEpoch(EpochReport report) {
        straight.add(report);
      }
    });
    List<EpochReport> plain = new ArrayList<>();
    new UNetTraining(off.withEpochs(1), IntensityNormalisation.standard()).train(train, validation, temp.resolve("plain"), plain::add);

    Path work = temp.resolve("interrupted");
    assertThatThrownBy(() -> new UNetTraining(on, IntensityNormalisation.standard()).train(train, validation, work, report -> {
      throw new IllegalStateException("killed");
    })).hasMessage("killed");
    List<EpochReport> resumed = new ArrayList<>();
    new UNetTraining(on, IntensityNormalisation.standard()).train(train, validation, work, resumed::add);

    // 4 of the 12 training crops are caps: 12 + 4 x 2 = 20 crops, 3 batches of 8 instead of 2 per epoch.
    assertThat(orders).singleElement().satisfies(o -> {
      assertThat(o.thinCrops()).isEqualTo(4);
      assertThat(o.cropsPerEpoch()).isEqualTo(20);
    });
    assertThat(resumed).singleElement().satisfies(r -> assertThat(r.trainLoss()).isCloseTo(straight.get(1).trainLoss(), within(1e-4)));
    assertThat(straight.get(0).trainLoss()).as("the repeats change what the first epoch sees").isNotCloseTo(plain.get(0).trainLoss(), within(1e-4));
    var head = straight.get(0).validation().get(Structure.FEMORAL_HEAD.id());
    assertThat(head.slicesWithStructure() + head.slicesEmptyInBoth()).as("validation crops, each once").isEqualTo(validation.size());
    // A checkpoint made with the repeats on is not continued with them off.
    assertThatThrownBy(() -> new UNetTraining(off.withEpochs(3), IntensityNormalisation.standard()).train(train, validation, work, TrainingListener.NONE))
        .isInstanceOf(CheckpointMismatchException.class)
        .hasMessageContaining("was trained with thin-section repeats 3")
        .hasMessageEndingWith("resume with the same --thin-section-repeats and --thin-section-fraction, or choose another --out.");
  }

  @Test
  void aPerCropDiceChangesWhatTheFirstEpochLearnsAndItsCheckpointIsNotContinuedWithAPooledDice() throws Exception {
    List<CropSample> train = withThinCaps(ToyCrops.make(2, 6, 5));
    List<CropSample> validation = ToyCrops.make(1, 6, 6);
    TrainingSettings pooled = new TrainingSettings(2, 2, 1, 8, 1e-2f, 10, 9L, true, 0.2);
    TrainingSettings perCrop = pooled.withDicePerCrop(true);
    List<EpochReport> pooledReports = new ArrayList<>();
    List<EpochReport> perCropReports = new ArrayList<>();

    new UNetTraining(pooled, IntensityNormalisation.standard()).train(train, validation, temp.resolve("pooled"), pooledReports::add);
    Path work = temp.resolve("per-crop");
    new UNetTraining(perCrop, IntensityNormalisation.standard()).train(train, validation, work, perCropReports::add);

    // Same initial weights and draws; the caps weigh more per crop, so the loss differs from the first batch on.
    assertThat(perCropReports.get(0).trainLoss()).isNotCloseTo(pooledReports.get(0).trainLoss(), within(1e-3));
    assertThatThrownBy(() -> new UNetTraining(pooled.withEpochs(2), IntensityNormalisation.standard()).train(train, validation, work, TrainingListener.NONE))
        .isInstanceOf(CheckpointMismatchException.class)
        .hasMessage("The checkpoint in " + work + " was trained with the loss's Dice per crop; resume with --dice-per-crop, or choose another --out.");
  }

  /** The crops with every third one's head cut to a 40-pixel cap, as at the ends of a real head. */
  private static List<CropSample> withThinCaps(List<CropSample> crops) {
    List<CropSample> out = new ArrayList<>();
    for (int i = 0; i < crops.size(); i++) {
      CropSample c = crops.get(i);
      if (i % 3 != 1) {
        out.add(c);
        continue;
      }
      org.hipspa.image.BinaryMask cap = new org.hipspa.image.BinaryMask(c.centre().width(), c.centre().height());
      int kept = 0;
      for (int y = 0; y < c.centre().height() && kept < 40; y++) {
        for (int x = 0; x < c.centre().width() && kept < 40; x++) {
          if (c.mask(Structure.FEMORAL_HEAD).get(x, y)) {
            cap.set(x, y, true);
            kept++;
          }
        }
      }
      out.add(new CropSample(c.patientId(), c.seriesId(), c.label(), c.input(), cap, c.mask(Structure.BME).and(cap), c.mask(Structure.EFFUSION)));
    }
    return out;
  }
}
