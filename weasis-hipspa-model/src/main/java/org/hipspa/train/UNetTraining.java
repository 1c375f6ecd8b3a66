package org.hipspa.train;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hipspa.files.WholeFile;
import org.hipspa.image.BinaryMask;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropPrediction;
import org.hipspa.net.CropTranslator;
import org.hipspa.net.IntensityNormalisation;
import org.hipspa.net.NoGrad;
import org.hipspa.segment.Structure;
import org.hipspa.net.UNet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one U-Net: Adam on BCE + soft Dice (pooled over the batch or per crop), augmented crops, early stopping on the validation
 * crops' mean Dice, a checkpoint after every epoch (training resumes from it), and the best
 * epoch's parameters in {@code workDir/best.params}. Every batch's arrays live in their own
 * NDManager that is closed when the batch ends, so memory stays flat across epochs.
 */
public final class UNetTraining {
  private static final Logger LOG = LoggerFactory.getLogger(UNetTraining.class);
  public static final String BEST_PARAMS = "best.params";
  static final float THRESHOLD = 0.5f;

  private final TrainingSettings settings;
  private final IntensityNormalisation normalisation;
  private final Augmentation augmentation;

  public UNetTraining(TrainingSettings settings, IntensityNormalisation normalisation) {
    this.settings = settings;
    this.normalisation = normalisation;
    this.augmentation = settings.augment() ? Augmentation.standard() : Augmentation.none();
  }

  public TrainingSettings settings() {
    return settings;
  }

  public TrainingOutcome train(List<CropSample> train, List<CropSample> validation, Path workDir, TrainingListener listener)
      throws IOException {
    Files.createDirectories(workDir);
    requireChannels(train);
    requireChannels(validation);
    List<PreparedCrop> trainCrops = PreparedCrop.prepare(train, normalisation);
    List<PreparedCrop> validationCrops = PreparedCrop.prepare(validation, normalisation);
    EpochOrder epochOrder = EpochOrder.of(train, settings.thinSections());
    NoGrad.onThisThread();
    Engine.getEngine("PyTorch").setRandomSeed((int) settings.seed());
    try (Model model = Model.newInstance("hipspa-training", "PyTorch")) {
      UNet net = UNet.of(settings.network());
      model.setBlock(net);
      net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(settings.batchSize(), settings.inputChannels(), CropContract.HEIGHT, CropContract.WIDTH));
      ResumableAdam adam = new ResumableAdam(settings.learningRate());
      Checkpoint.State state = Checkpoint.State.fresh(settings);
      if (Checkpoint.exists(workDir)) {
        // Settings first: parameters of another network or input would not load, or load into a wrong recipe.
        TrainingSettings saved = Checkpoint.savedSettings(workDir);
        if (saved.baseWidth() != settings.baseWidth() || saved.depth() != settings.depth()) {
          throw new CheckpointMismatchException("The checkpoint in " + workDir + " is of another network (base "
              + saved.baseWidth() + ", depth " + saved.depth() + "); resume with the same --base and --depth, or choose another --out.");
        }
        if (!saved.thinSections().equals(settings.thinSections())) {
          throw new CheckpointMismatchException("The checkpoint in " + workDir + " was trained with thin-section repeats "
              + saved.thinSections().times() + " (fraction " + saved.thinSections().fraction()
              + "); resume with the same --thin-section-repeats and --thin-section-fraction, or choose another --out.");
        }
        if (saved.contextSlices() != settings.contextSlices()) {
          throw new CheckpointMismatchException("The checkpoint in " + workDir + " was trained with " + saved.contextSlices()
              + " context slices on each side, not " + settings.contextSlices() + "; resume with --context-slices "
              + saved.contextSlices() + ", or choose another --out.");
        }
        if (saved.dicePerCrop() != settings.dicePerCrop()) {
          throw new CheckpointMismatchException("The checkpoint in " + workDir + " was trained with the loss's Dice "
              + (saved.dicePerCrop() ? "per crop" : "pooled over the batch") + "; resume "
              + (saved.dicePerCrop() ? "with" : "without") + " --dice-per-crop, or choose another --out.");
        }
        state = Checkpoint.load(workDir, net, adam, model.getNDManager());
        LOG.info("Resuming after epoch {} (best validation Dice {} at epoch {})", state.epoch(), state.bestDice(), state.bestEpoch());
      }
      DiceBceLoss loss = DiceBceLoss.of(settings);
      DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(adam).optDevices(new Device[] {Device.cpu()});
      LOG.info("Epoch order: {}", epochOrder.summary());
      listener.onStart(epochOrder);
      boolean stoppedEarly = false;
      double secondsPerEpoch = 0;
      int epochsTimed = 0;
      try (Trainer trainer = model.newTrainer(config)) {
        for (int epoch = state.epoch() + 1; epoch <= settings.epochs(); epoch++) {
          if (state.epochsSinceBest() >= settings.patience()) {
            stoppedEarly = true;
            break;
          }
          long start = System.nanoTime();
          adam.setLearningRate(settings.learningRateAt(epoch));
          double trainLoss = trainOneEpoch(trainer, loss, trainCrops, epochOrder, new Random(settings.seed() * 1_000_003L + epoch));
          SegmentationScores scores = evaluate(net, model.getNDManager(), validationCrops, settings.batchSize());
          double dice = scores.meanDice();
          boolean improved = !Double.isNaN(dice) && dice > state.bestDice();
          if (improved) {
            saveParams(net, workDir.resolve(BEST_PARAMS));
          }
          state = new Checkpoint.State(epoch, improved ? dice : state.bestDice(), improved ? epoch : state.bestEpoch(),
              improved ? 0 : state.epochsSinceBest() + 1, adam.step(), settings);
          Checkpoint.save(workDir, state, net, adam);
          double seconds = (System.nanoTime() - start) / 1e9;
          secondsPerEpoch = (secondsPerEpoch * epochsTimed + seconds) / ++epochsTimed;
          listener.onEpoch(new EpochReport(epoch, settings.epochs(), trainLoss, dice, scores.all(), improved, seconds,
              secondsPerEpoch, secondsPerEpoch * (settings.epochs() - epoch)));
        }
        if (!stoppedEarly && state.epochsSinceBest() >= settings.patience() && state.epoch() < settings.epochs()) {
          stoppedEarly = true;
        }
      }
      if (!Files.exists(workDir.resolve(BEST_PARAMS))) {
        saveParams(net, workDir.resolve(BEST_PARAMS));
      }
      return new TrainingOutcome(state.epoch(), state.bestEpoch(), state.bestDice(), state.optimizerStep(), stoppedEarly, workDir.resolve(BEST_PARAMS));
    }
  }

  private double trainOneEpoch(Trainer trainer, DiceBceLoss loss, List<PreparedCrop> crops, EpochOrder epochOrder, Random random) {
    List<Integer> order = epochOrder.shuffled(random);
    double lossSum = 0;
    int batches = 0;
    for (int from = 0; from < order.size(); from += settings.batchSize()) {
      int n = Math.min(settings.batchSize(), order.size() - from);
      int channels = settings.inputChannels();
      float[] x = new float[n * channels * CropContract.PIXELS];
      float[] y = new float[n * Structure.count() * CropContract.PIXELS];
      for (int i = 0; i < n; i++) {
        float[][] sample = augmentation.apply(crops.get(order.get(from + i)), random);
        System.arraycopy(sample[0], 0, x, i * sample[0].length, sample[0].length);
        System.arraycopy(sample[1], 0, y, i * sample[1].length, sample[1].length);
      }
      try (NDManager batch = trainer.getManager().newSubManager()) {
        NDArray input = batch.create(x, new Shape(n, channels, CropContract.HEIGHT, CropContract.WIDTH));
        NDArray labels = batch.create(y, new Shape(n, Structure.count(), CropContract.HEIGHT, CropContract.WIDTH));
        NoGrad.onThisThread();
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray logits = trainer.forward(new NDList(input)).singletonOrThrow();
          NDArray value = loss.evaluate(new NDList(labels), new NDList(logits));
          collector.backward(value);
          lossSum += value.getFloat();
        }
        trainer.step();
      }
      batches++;
    }
    return lossSum / Math.max(1, batches);
  }

  /** Scores of {@code net} (inference mode) on prepared crops, thresholded at 0.5. */
  static SegmentationScores evaluate(UNet net, NDManager parent, List<PreparedCrop> crops, int batchSize) {
    NoGrad.onThisThread();
    SegmentationScores scores = new SegmentationScores();
    float[] thresholds = new float[Structure.count()];
    java.util.Arrays.fill(thresholds, THRESHOLD);
    for (int from = 0; from < crops.size(); from += batchSize) {
      int n = Math.min(batchSize, crops.size() - from);
      int channels = crops.get(from).channels();
      float[] x = new float[n * channels * CropContract.PIXELS];
      for (int i = 0; i < n; i++) {
        float[] image = crops.get(from + i).image();
        System.arraycopy(image, 0, x, i * image.length, image.length);
      }
      float[] p;
      try (NDManager batch = parent.newSubManager()) {
        NDArray input = batch.create(x, new Shape(n, channels, CropContract.HEIGHT, CropContract.WIDTH));
        NDArray logits = net.forward(new ParameterStore(batch, false), new NDList(input), false).singletonOrThrow();
        p = Activation.sigmoid(logits).toFloatArray();
      }
      List<CropPrediction> predictions = CropTranslator.toPredictions(p, thresholds);
      for (int i = 0; i < n; i++) {
        CropSample truth = crops.get(from + i).sample();
        for (Structure s : Structure.values()) {
          BinaryMask predicted = predictions.get(i).mask(s);
          scores.add(s, predicted, truth.mask(s));
        }
      }
    }
    return scores;
  }

  /** Scores of the parameters in {@code paramsFile} on {@code crops} (normalised per series here). */
  public SegmentationScores evaluate(Path paramsFile, List<CropSample> crops) throws IOException {
    NoGrad.onThisThread();
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet net = loadNet(paramsFile, manager);
      requireChannels(crops);
      return evaluate(net, manager, PreparedCrop.prepare(crops, normalisation), settings.batchSize());
    }
  }

  /** A network of these settings with the parameters in {@code paramsFile}, arrays in {@code manager}. */
  public UNet loadNet(Path paramsFile, NDManager manager) throws IOException {
    UNet net = UNet.of(settings.network());
    net.initialize(manager, DataType.FLOAT32, new Shape(1, settings.inputChannels(), CropContract.HEIGHT, CropContract.WIDTH));
    try (InputStream in = new BufferedInputStream(Files.newInputStream(paramsFile))) {
      net.loadParameters(manager, new DataInputStream(in));
    } catch (MalformedModelException e) {
      throw new IOException(paramsFile + " does not fit the network", e);
    }
    return net;
  }

  /** Crops of another channel count than the settings' are a caller's mistake (a source built for other settings). */
  private void requireChannels(List<CropSample> crops) {
    for (CropSample c : crops) {
      if (c.channels() != settings.inputChannels()) {
        throw new IllegalArgumentException("crop " + c.label() + " has " + c.channels() + " channels, the settings ask for "
            + settings.inputChannels() + " (context slices " + settings.contextSlices() + ")");
      }
    }
  }

  private static void saveParams(UNet net, Path target) throws IOException {
    WholeFile.write(target, temporary -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        net.saveParameters(new DataOutputStream(out));
      }
    });
  }
}
