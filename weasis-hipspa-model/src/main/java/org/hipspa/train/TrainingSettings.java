package org.hipspa.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hipspa.net.CropContract;
import org.hipspa.net.UNetSettings;

/**
 * How one network is trained. {@code patience}: epochs without a better validation Dice before
 * training stops early. {@code validationShare}: share of the training patients held back for
 * early stopping (by patient, at least one). {@code thinSections}: how often thin head sections are shown
 * per epoch ({@link ThinSectionRepeats#OFF} unless asked for). {@code contextSlices}: neighbouring slices on
 * each side fed beside each slice as extra input channels (2K + 1 channels; 0, the plain 2-D crop, unless
 * asked for). {@code dicePerCrop}: the loss's soft Dice is taken per crop and structure rather than pooled over
 * the batch ({@link DiceBceLoss}; pooled unless asked for).
 */
public record TrainingSettings(
    int baseWidth, int depth, int epochs, int batchSize, float learningRate, int patience, long seed,
    boolean augment, double validationShare, ThinSectionRepeats thinSections, int contextSlices,
    boolean dicePerCrop) {

  public TrainingSettings {
    // Checkpoints written before a setting existed have no value for it: they were trained with it off
    // (Gson leaves a missing contextSlices at 0 and a missing dicePerCrop false, which are off).
    thinSections = thinSections == null ? ThinSectionRepeats.OFF : thinSections;
    if (contextSlices < 0) {
      throw new IllegalArgumentException("context slices must be 0 or more: " + contextSlices);
    }
  }

  public TrainingSettings(int baseWidth, int depth, int epochs, int batchSize, float learningRate, int patience, long seed,
      boolean augment, double validationShare) {
    this(baseWidth, depth, epochs, batchSize, learningRate, patience, seed, augment, validationShare, ThinSectionRepeats.OFF, 0, false);
  }

  public static TrainingSettings defaults() {
    return new TrainingSettings(UNetSettings.DEFAULT_BASE_WIDTH, UNetSettings.DEFAULT_DEPTH, 40, 8, 1e-3f, 8, 1L, true, 0.15);
  }

  /**
   * The learning rate of an epoch (from 1): nnU-Net's polynomial decay, {@code lr * (1 - (epoch - 1) / epochs)^0.9}.
   * A constant rate made validation Dice swing by up to 0.3 between late epochs on the phantom cohort.
   */
  public float learningRateAt(int epoch) {
    double progress = Math.min(1.0, (epoch - 1) / (double) epochs);
    return (float) (learningRate * Math.pow(1 - progress, 0.9));
  }

  public UNetSettings network() {
    return UNetSettings.hipspa(baseWidth, depth, inputChannels());
  }

  /** Channels of one input crop: the slice and {@code contextSlices} neighbours on each side. */
  public int inputChannels() {
    return CropContract.channelsFor(contextSlices);
  }

  public TrainingSettings withEpochs(int newEpochs) {
    return new TrainingSettings(baseWidth, depth, newEpochs, batchSize, learningRate, patience, seed, augment, validationShare, thinSections, contextSlices, dicePerCrop);
  }

  public TrainingSettings withThinSections(ThinSectionRepeats newThinSections) {
    return new TrainingSettings(baseWidth, depth, epochs, batchSize, learningRate, patience, seed, augment, validationShare, newThinSections, contextSlices, dicePerCrop);
  }

  public TrainingSettings withContextSlices(int newContextSlices) {
    return new TrainingSettings(baseWidth, depth, epochs, batchSize, learningRate, patience, seed, augment, validationShare, thinSections, newContextSlices, dicePerCrop);
  }

  public TrainingSettings withDicePerCrop(boolean newDicePerCrop) {
    return new TrainingSettings(baseWidth, depth, epochs, batchSize, learningRate, patience, seed, augment, validationShare, thinSections, contextSlices, newDicePerCrop);
  }

  /**
   * For the manifest's provenance. The thin-section, context-slice and per-crop Dice settings are written only when on, so a
   * manifest of the shipped recipe reads as before; their absence means off, which is also what every older
   * manifest means (the input channels are in the manifest's input either way).
   */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("baseWidth", baseWidth);
    m.put("depth", depth);
    m.put("epochs", epochs);
    m.put("batchSize", batchSize);
    m.put("learningRate", learningRate);
    m.put("learningRateSchedule", "poly: lr * (1 - (epoch - 1) / epochs)^0.9");
    m.put("optimizer", "Adam");
    m.put("loss", dicePerCrop ? "BCE + soft Dice per structure and crop" : "BCE + soft Dice per structure");
    m.put("patience", patience);
    m.put("seed", seed);
    m.put("augment", augment);
    m.put("validationShare", validationShare);
    if (thinSections.isOn()) {
      m.put("thinSectionRepeats", thinSections.times());
      m.put("thinSectionFraction", thinSections.fraction());
    }
    if (contextSlices > 0) {
      m.put("contextSlices", contextSlices);
    }
    if (dicePerCrop) {
      m.put("dicePerCrop", true);
    }
    return m;
  }
}
