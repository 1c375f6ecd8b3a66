package org.hipspa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.bench.ProcessMemory;
import org.hipspa.net.IntensityNormalisation;
import org.hipspa.net.ModelManifest;
import org.hipspa.segment.Structure;
import org.hipspa.train.CropFolder;
import org.hipspa.train.PhantomCropSource;
import org.hipspa.locate.ContextSlices;
import org.hipspa.locate.CropSpec;
import org.hipspa.train.CropSample;
import org.hipspa.train.CropSource;
import org.hipspa.train.CrossValidation;
import org.hipspa.train.EpochOrder;
import org.hipspa.train.EpochReport;
import org.hipspa.train.FinalModel;
import org.hipspa.train.PatientFolds;
import org.hipspa.train.ThinSectionRepeats;
import org.hipspa.train.TrainingListener;
import org.hipspa.train.TrainingSettings;
import org.hipspa.train.UNetTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hipspa train}: k-fold cross-validation by patient, then the final model folder with the CV metrics in its manifest. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the U-Net: k-fold cross-validation by patient, then a final model on all patients.",
      "--data is a crop folder: crops.csv (patient,series,label,image,femoral_head,bme,effusion) naming",
      "128x160 float32 little-endian crops (*.f32) and 128x160 byte masks (*.u8, 0 = outside).",
      "Writes OUT/fold-N/ (checkpoints, result.json), OUT/cv.json, OUT/cv.md, OUT/final/ and the model folder OUT/model/.",
      "Run the same command again to resume after an interruption."
    })
public final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", description = "Crop folder with crops.csv (or use --phantom-patients).")
  Path data;

  @Option(names = "--phantom-patients", description = "Train on this many synthetic phantom patients generated in memory instead of --data.")
  Integer phantomPatients;

  @Option(names = "--phantom-seed", defaultValue = "7", description = "Seed of the phantom cohort (default ${DEFAULT-VALUE}).")
  long phantomSeed;

  @Option(names = "--jitter-mm", defaultValue = "25", description = "Random shift of phantom crops around the head, in mm (default ${DEFAULT-VALUE}).")
  double jitterMm;

  @Option(names = "--out", required = true, description = "Output folder (created; resumable).")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds by patient; 0 skips cross-validation (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--epochs", defaultValue = "40", description = "Maximum epochs per training (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--base", defaultValue = "16", description = "U-Net base width (default ${DEFAULT-VALUE}).")
  int base;

  @Option(names = "--depth", defaultValue = "4", description = "U-Net depth, number of poolings (default ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--batch", defaultValue = "8", description = "Crops per batch (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "0.001", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
  float learningRate;

  @Option(names = "--patience", defaultValue = "8", description = "Stop after this many epochs without a better validation Dice (default ${DEFAULT-VALUE}).")
  int patience;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for folds, shuffling, augmentation and initial weights (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-augment", description = "Train without augmentation.")
  boolean noAugment;

  @Option(names = "--thin-section-repeats", defaultValue = "1", description = {
      "Shows each training crop whose true femoral head section is a thin cap (not empty, and under --thin-section-fraction",
      "of the largest section of its series and hip) this many times per epoch instead of once, each copy with its own",
      "augmentation; validation and test crops are never repeated. The hip is read from the end of the crop's label",
      "(\"left\"/\"right\", as phantom crops have); crops without one are grouped by series. 1 = off, the shipped recipe",
      "(default ${DEFAULT-VALUE})."})
  int thinSectionRepeats;

  @Option(names = "--thin-section-fraction", defaultValue = "0.25",
      description = "Share of its hip's largest head section under which a crop counts as thin for --thin-section-repeats (default ${DEFAULT-VALUE}).")
  double thinSectionFraction;

  @Option(names = "--context-slices", defaultValue = "0", description = {
      "Feeds the network each slice with this many neighbouring slices on each side as extra input channels (2.5-D input,",
      "2K+1 channels, the series' edge slice repeated where a neighbour is missing), cut under the same box; the truth is",
      "the slice's own. Needs --phantom-patients (a crop folder holds single slices). The model's manifest records the",
      "channels and every analysis feeds it the same stack. 0 = the plain 2-D crop, the shipped recipe (default ${DEFAULT-VALUE})."})
  int contextSlices;

  @Option(names = "--dice-per-crop", description = "Takes the loss's soft Dice per crop and structure, then averages,"
      + " so that every crop weighs the same, as every slice does in the per-slice Dice that validation reports: the shipped"
      + " model's recipe (0.4.0). Without it the Dice is pooled over the batch's pixels, where a small femoral head cap"
      + " weighs almost nothing.")
  boolean dicePerCrop;

  @Option(names = "--no-final", description = "Only cross-validate; do not train the final model.")
  boolean noFinal;

  @Option(names = "--name", defaultValue = "hipspa-unet", description = "Model name in the manifest.")
  String name;

  @Option(names = "--model-version", defaultValue = "0.1.0", description = "Model version in the manifest.")
  String modelVersion;

  @Option(names = "--data-description", description = "What the data is, for the manifest (default: the crop folder's name).")
  String dataDescription;

  @Override
  public Integer call() {
    try {
      run();
      return 0;
    } catch (HipspaException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (org.hipspa.train.CheckpointMismatchException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      System.err.println("Training could not write to " + out + ": check free space and permissions (" + e.getMessage() + ").");
      return 1;
    }
  }

  private void run() throws HipspaException, java.io.IOException {
    Path modelFolder = out.resolve("model");
    if (Files.exists(modelFolder)) {
      throw new HipspaException("The output folder " + out + " already holds a finished model: choose another --out or move that folder away.");
    }
    if ((data == null) == (phantomPatients == null)) {
      throw new HipspaException("Give either --data with a crop folder or --phantom-patients with a number of synthetic patients.");
    }
    TrainingSettings settings = settings();
    if (data != null && settings.contextSlices() > 0) {
      throw new HipspaException("--context-slices needs the neighbouring slices, which a crop folder (--data) does not hold:"
          + " train with --phantom-patients, or leave --context-slices at 0.");
    }
    CropSource source = data != null ? new CropFolder(data)
        : new PhantomCropSource(phantomPatients, phantomSeed, jitterMm, CropSpec.PAPER, new ContextSlices(settings.contextSlices()),
            (n, total) -> System.out.printf(Locale.ROOT, "phantom patient %d/%d generated%n", n, total));
    List<CropSample> crops = source.crops();
    UNetTraining training = new UNetTraining(settings, IntensityNormalisation.standard());
    System.out.printf(Locale.ROOT, "%d crops from %d patients; U-Net base %d depth %d; up to %d epochs, batch %d.%n",
        crops.size(), PatientFolds.patientsOf(crops).size(), base, depth, epochs, batch);
    if (settings.thinSections().isOn()) {
      System.out.printf(Locale.ROOT, "Thin femoral head sections (under %s %% of their hip's largest) are shown %d times per epoch;"
          + " validation and test crops once.%n", settings.thinSections().fractionPercent(), settings.thinSections().times());
    }
    if (settings.contextSlices() > 0) {
      System.out.printf(Locale.ROOT, "Each crop holds its slice and %d neighbouring slices on each side: %d input channels.%n",
          settings.contextSlices(), settings.inputChannels());
    }
    if (settings.dicePerCrop()) {
      System.out.println("The loss's soft Dice is taken per crop and structure.");
    }
    Files.createDirectories(out);

    ModelManifest.CrossValidation cv = ModelManifest.CrossValidation.none();
    if (folds > 0) {
      cv = CrossValidation.run(crops, folds, training, out, new CrossValidation.Listener() {
        @Override
        public void onFoldStart(int fold, int k, int trainPatients, int validationPatients, int testPatients) {
          System.out.printf(Locale.ROOT, "fold %d/%d: %d training, %d validation, %d test patients%n", fold, k, trainPatients, validationPatients, testPatients);
        }

        @Override
        public void onEpoch(int fold, EpochReport r) {
          print("fold " + fold + "/" + folds, r);
          int laterTrainings = (folds - fold) + (noFinal ? 0 : 1);
          System.out.printf(Locale.ROOT, "  at most about %s left in all (%d more trainings of up to %d epochs; early stopping shortens it)%n",
              duration(r.secondsLeft() + laterTrainings * r.epochs() * r.meanSecondsPerEpoch()),
              laterTrainings, r.epochs());
        }

        @Override
        public void onTrainingStart(int fold, EpochOrder order) {
          printOrder("fold " + fold + "/" + folds, order);
        }

        @Override
        public void onFoldDone(int fold, Map<String, ModelManifest.Scores> scores) {
          System.out.printf(Locale.ROOT, "fold %d/%d test Dice: %s%n", fold, folds, dices(scores));
        }
      });
      System.out.println("Cross-validation (synthetic data; not clinical accuracy):");
      System.out.print(CrossValidation.table(cv));
    }
    if (!noFinal) {
      String command = "hipspa " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      String description = dataDescription != null ? dataDescription : source.description();
      ModelManifest m = FinalModel.trainAndWrite(crops, training, out.resolve("final"), modelFolder,
          new FinalModel.ManifestInfo(name, modelVersion, description, command), cv, new TrainingListener() {
            @Override
            public void onStart(EpochOrder order) {
              printOrder("final", order);
            }

            @Override
            public void onEpoch(EpochReport report) {
              print("final", report);
            }
          });
      System.out.println("Model written to " + modelFolder + " (weights SHA-256 " + m.weights().sha256() + ").");
    }
  }

  /** The training settings the options ask for. */
  TrainingSettings settings() throws HipspaException {
    if (thinSectionRepeats < 1) {
      throw new HipspaException("--thin-section-repeats must be 1 (off) or more, not " + thinSectionRepeats + ": give how many times a thin crop is shown per epoch.");
    }
    if (!(thinSectionFraction > 0 && thinSectionFraction <= 1)) {
      throw new HipspaException("--thin-section-fraction must be above 0 and at most 1, not " + thinSectionFraction + ": give a share such as 0.25.");
    }
    if (contextSlices < 0) {
      throw new HipspaException("--context-slices must be 0 (off) or more, not " + contextSlices + ": give how many neighbouring slices on each side the network sees.");
    }
    return new TrainingSettings(base, depth, epochs, batch, learningRate, patience, seed, !noAugment, 0.15,
        new ThinSectionRepeats(thinSectionRepeats, thinSectionFraction), contextSlices, dicePerCrop);
  }

  private static void printOrder(String stage, EpochOrder order) {
    if (order.repeatsThinSections()) {
      System.out.println(stage + ": " + order.summary());
    }
  }

  private static void print(String stage, EpochReport r) {
    System.out.printf(Locale.ROOT, "%s epoch %d/%d  loss %.4f  validation Dice %.3f (%s)%s  %.0f s/epoch, about %s left in this training  (RSS %.0f MB)%n",
        stage, r.epoch(), r.epochs(), r.trainLoss(), r.validationMeanDice(), dices(r.validation()), r.improved() ? " *" : "",
        r.seconds(), duration(r.secondsLeft()), ProcessMemory.currentRssMb());
  }

  private static String dices(Map<String, ModelManifest.Scores> scores) {
    StringBuilder b = new StringBuilder();
    for (Structure s : Structure.values()) {
      ModelManifest.Scores x = scores.get(s.id());
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(s.id()).append(' ').append(Double.isNaN(x.dice()) ? "n/a" : String.format(Locale.ROOT, "%.3f", x.dice()));
    }
    return b.toString();
  }

  private static String duration(double seconds) {
    if (seconds < 90) {
      return Math.round(seconds) + " s";
    }
    return Math.round(seconds / 60) + " min";
  }
}
