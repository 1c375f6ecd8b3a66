package org.hipspa.net;

import org.hipspa.segment.Structure;

import java.util.List;
import java.util.Map;

/**
 * What a model folder says about its weights (manifest.json): how they were made and how to feed
 * them, like nnU-Net's plan file. Anyone can see from it which architecture, input, normalisation
 * and thresholds the weights expect, what data they were trained on, and the SHA-256 of the file.
 */
public record ModelManifest(
    int formatVersion,
    String name,
    String version,
    Architecture architecture,
    Input input,
    List<Output> outputs,
    Inference inference,
    Weights weights,
    Training training,
    CrossValidation crossValidation) {

  public static final int FORMAT_VERSION = 1;
  public static final String FILE_NAME = "manifest.json";

  /** The network: {@code type} "unet"; width and depth as in {@link UNetSettings}. */
  public record Architecture(String type, int baseWidth, int depth, String upsampling) {
    public static Architecture of(UNetSettings s) {
      return new Architecture("unet", s.baseWidth(), s.depth(), "conv1x1-depth-to-space");
    }

    /** The network of this architecture for inputs of {@code inputChannels} channels (the manifest's input). */
    public UNetSettings settings(int inputChannels) {
      return UNetSettings.hipspa(baseWidth, depth, inputChannels);
    }
  }

  /**
   * Input tensor shape (channels, height, width), the size of one input pixel in millimetres (crops
   * are resampled to it, so the anatomy has the size the weights learned), and how intensities are
   * normalised. {@code channels} is odd, 2K + 1: the slice and its K neighbours on each side in the
   * series' order ({@link CropContract#contextSlices}); 1 is the plain 2-D crop.
   */
  public record Input(int channels, int height, int width, double pixelSpacingMm, IntensityNormalisation normalisation) {
    /** 400 mm over 512 columns, the paper's protocol. */
    public static final double PAPER_PIXEL_SPACING_MM = 0.78125;

    public static Input hipspa() {
      return hipspa(1);
    }

    /** HipSpA's crop in {@code channels} channels (odd: the slice and as many neighbours on each side). */
    public static Input hipspa(int channels) {
      return new Input(channels, CropContract.HEIGHT, CropContract.WIDTH, PAPER_PIXEL_SPACING_MM,
          IntensityNormalisation.standard());
    }
  }

  /** One output channel: the structure it segments and the probability at or above which a pixel is in the mask. */
  public record Output(String structure, float threshold) {}

  /**
   * How the weights are run. {@code mirrorAverage}: each crop is also run mirrored left to right and the two
   * probability maps are averaged (nnU-Net's test-time mirroring; a hip mirrored looks like the other hip, which the
   * training's flip augmentation teaches). Absent in a manifest (a hospital's own model, older files): off.
   */
  public record Inference(boolean mirrorAverage) {
    public static final Inference PLAIN = new Inference(false);
    public static final Inference MIRROR_AVERAGE = new Inference(true);
  }

  /** What this manifest says about inference, {@link Inference#PLAIN} when it says nothing. */
  public Inference inferenceOrPlain() {
    return inference == null ? Inference.PLAIN : inference;
  }

  /** The weights file, relative to the model folder; {@code format} is "djl-params" or "torchscript". */
  public record Weights(String file, String format, String sha256, long bytes) {
    public static final String DJL_PARAMS = "djl-params";
    public static final String TORCHSCRIPT = "torchscript";
  }

  /** Provenance: what the weights were trained on and how to make them again. */
  public record Training(String data, int cohortPatients, int cohortCrops, long seed, String command, Map<String, Object> settings) {}

  /** Cross-validation metrics per fold and their mean, per structure id. */
  public record CrossValidation(int folds, List<Map<String, Scores>> perFold, Map<String, Scores> mean) {
    public static CrossValidation none() {
      return new CrossValidation(0, List.of(), Map.of());
    }
  }

  /** Dice and IoU (over slices with the structure in either mask), sensitivity and specificity. */
  public record Scores(double dice, double iou, double sensitivity, double specificity, int slicesWithStructure, int slicesEmptyInBoth) {}

  public static List<Output> standardOutputs() {
    return java.util.Arrays.stream(Structure.values()).map(s -> new Output(s.id(), 0.5f)).toList();
  }

  public ModelManifest withWeights(Weights newWeights) {
    return new ModelManifest(formatVersion, name, version, architecture, input, outputs, inference, newWeights, training, crossValidation);
  }

  public ModelManifest withInference(Inference newInference) {
    return new ModelManifest(formatVersion, name, version, architecture, input, outputs, newInference, weights, training, crossValidation);
  }

  public ModelManifest withCrossValidation(CrossValidation cv) {
    return new ModelManifest(formatVersion, name, version, architecture, input, outputs, inference, weights, training, cv);
  }
}
