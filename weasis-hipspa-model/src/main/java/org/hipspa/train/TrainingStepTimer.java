package org.hipspa.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.util.Arrays;
import org.hipspa.net.CropContract;
import org.hipspa.net.NoGrad;
import org.hipspa.segment.Structure;
import org.hipspa.net.UNet;
import org.hipspa.net.UNetSettings;

/**
 * Times one training step (forward, BCE + Dice loss, backward, Adam update) as {@link UNetTraining} runs it, on
 * random crops of the network's input channels.
 */
public final class TrainingStepTimer {
  private TrainingStepTimer() {}

  /** Best (shortest) seconds of {@code steps} steps on random crops, after one untimed step; on a shared machine the best is the cleanest estimate. */
  public static double bestStepSeconds(UNetSettings settings, int batchSize, int steps) {
    NoGrad.onThisThread();
    try (Model model = Model.newInstance("step-timer", "PyTorch")) {
      UNet net = UNet.of(settings);
      model.setBlock(net);
      Shape input = new Shape(batchSize, settings.inputChannels(), CropContract.HEIGHT, CropContract.WIDTH);
      net.initialize(model.getNDManager(), DataType.FLOAT32, input);
      DiceBceLoss loss = DiceBceLoss.pooledOverBatch();
      DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(new ResumableAdam(1e-3f)).optDevices(new Device[] {Device.cpu()});
      double[] seconds = new double[steps];
      try (Trainer trainer = model.newTrainer(config)) {
        for (int i = -1; i < steps; i++) {
          long start = System.nanoTime();
          try (NDManager batch = trainer.getManager().newSubManager()) {
            NDArray x = batch.randomUniform(0, 1, input);
            NDArray y = batch.randomUniform(0, 1, new Shape(batchSize, Structure.count(), CropContract.HEIGHT, CropContract.WIDTH)).gt(0.5f).toType(DataType.FLOAT32, false);
            NoGrad.onThisThread();
            try (GradientCollector collector = trainer.newGradientCollector()) {
              NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
              collector.backward(loss.evaluate(new NDList(y), new NDList(logits)));
            }
            trainer.step();
          }
          if (i >= 0) {
            seconds[i] = (System.nanoTime() - start) / 1e9;
          }
        }
      }
      Arrays.sort(seconds);
      return seconds[0];
    }
  }
}
