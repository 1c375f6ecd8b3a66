package org.hipspa.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hipspa.HipspaException;
import org.hipspa.files.WholeFile;
import org.hipspa.net.ModelManifest;
import org.hipspa.segment.Structure;

/**
 * k-fold cross-validation by patient: per fold, train on the other folds' patients (a share of
 * them held back for early stopping), then score the best epoch's network on the fold's own
 * patients. Each fold works in {@code outDir/fold-N/}; a fold with a {@code result.json} is done and
 * is skipped when the command runs again, an unfinished one resumes from its checkpoint.
 */
public final class CrossValidation {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
  private static final Type SCORES = new TypeToken<Map<String, ModelManifest.Scores>>() {}.getType();

  /** Told when a fold starts and after each of its epochs. */
  public interface Listener {
    void onFoldStart(int fold, int folds, int trainPatients, int validationPatients, int testPatients);

    void onEpoch(int fold, EpochReport report);

    /** Which crops each epoch of the fold's training shows, and how often. */
    default void onTrainingStart(int fold, EpochOrder order) {}

    void onFoldDone(int fold, Map<String, ModelManifest.Scores> scores);
  }

  private CrossValidation() {}

  public static ModelManifest.CrossValidation run(List<CropSample> crops, int k, UNetTraining training, Path outDir, Listener listener)
      throws HipspaException, IOException {
    TrainingSettings settings = training.settings();
    List<Set<String>> folds = PatientFolds.split(crops, k, settings.seed());
    List<Map<String, ModelManifest.Scores>> perFold = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      int fold = f + 1;
      Path dir = outDir.resolve("fold-" + fold);
      Path result = dir.resolve("result.json");
      Map<String, ModelManifest.Scores> scores;
      if (Files.isRegularFile(result)) {
        scores = GSON.fromJson(Files.readString(result, StandardCharsets.UTF_8), SCORES);
      } else {
        List<CropSample> test = PatientFolds.of(crops, folds.get(f), true);
        List<CropSample> pool = PatientFolds.of(crops, folds.get(f), false);
        Set<String> validationPatients = PatientFolds.validationPatients(pool, settings.validationShare(), settings.seed() + fold);
        List<CropSample> validation = PatientFolds.of(pool, validationPatients, true);
        List<CropSample> train = PatientFolds.of(pool, validationPatients, false);
        listener.onFoldStart(fold, k, PatientFolds.patientsOf(train).size(), validationPatients.size(), folds.get(f).size());
        TrainingOutcome outcome = training.train(train, validation, dir, new TrainingListener() {
          @Override
          public void onStart(EpochOrder order) {
            listener.onTrainingStart(fold, order);
          }

          @Override
          public void onEpoch(EpochReport report) {
            listener.onEpoch(fold, report);
          }
        });
        scores = training.evaluate(outcome.bestParameters(), test).all();
        WholeFile.write(result, GSON.toJson(scores).getBytes(StandardCharsets.UTF_8));
      }
      perFold.add(scores);
      listener.onFoldDone(fold, scores);
    }
    ModelManifest.CrossValidation cv = new ModelManifest.CrossValidation(k, perFold, SegmentationScores.meanOf(perFold));
    WholeFile.write(outDir.resolve("cv.json"), GSON.toJson(cv).getBytes(StandardCharsets.UTF_8));
    WholeFile.write(outDir.resolve("cv.md"), table(cv).getBytes(StandardCharsets.UTF_8));
    return cv;
  }

  /** The cross-validation table (like the paper's Table 3), Markdown, percentages. */
  public static String table(ModelManifest.CrossValidation cv) {
    StringBuilder b = new StringBuilder();
    b.append("| fold | structure | Dice % | IoU % | sensitivity % | specificity % | slices with structure | empty in both |\n");
    b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (int f = 0; f <= cv.perFold().size(); f++) {
      Map<String, ModelManifest.Scores> scores = f < cv.perFold().size() ? cv.perFold().get(f) : cv.mean();
      String fold = f < cv.perFold().size() ? String.valueOf(f + 1) : "mean";
      for (Structure s : Structure.values()) {
        ModelManifest.Scores x = scores.get(s.id());
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %d |%n", fold, s.displayName(),
            pct(x.dice()), pct(x.iou()), pct(x.sensitivity()), pct(x.specificity()), x.slicesWithStructure(), x.slicesEmptyInBoth()));
      }
    }
    return b.toString();
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", 100 * v);
  }
}
