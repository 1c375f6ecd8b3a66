package org.hipspa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.Segmenter;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.Structure;
import org.hipspa.stats.PatientBootstrap;
import org.hipspa.stats.PhantomValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hipspa validate}: the whole pipeline on held-out phantom patients against their exact masks. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {"Runs the pipeline on synthetic phantom patients the model was not trained on and prints Dice,"
        + " IoU, sensitivity and specificity per structure and the UNet-score's rank correlation with the truth."
        + " Synthetic data: not clinical accuracy."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--phantom-patients", defaultValue = "20", description = "Held-out patients (default ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--phantom-seed", defaultValue = "99", description = "Cohort seed; use one the model was not trained on (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: the shipped model).")
  Path model;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Segmenter network = Segmenter.open(ModelLocation.resolve(model), AnalyzeCommand.BATCH_SIZE)) {
      PhantomValidation.Outcome o = PhantomValidation.run(
          HipAnalysis.onNetwork(network, HimrissSettings.PAPER, Versions.software()), patients, seed,
          (n, total) -> spec.commandLine().getErr().printf(Locale.ROOT, "patient %d/%d%n", n, total));
      out.printf(Locale.ROOT, "Held-out synthetic phantom patients: %d (cohort seed %d); every slice, both hips.%n",
          o.patients(), o.cohortSeed());
      out.println("| structure | Dice | IoU | sensitivity | specificity | slices with it | slices empty in both |");
      out.println("| --- | --- | --- | --- | --- | --- | --- |");
      for (Structure s : Structure.values()) {
        ModelManifest.Scores x = o.segmentation().get(s.id());
        out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.4f | %d | %d |%n", s.displayName(), x.dice(), x.iou(),
            x.sensitivity(), x.specificity(), x.slicesWithStructure(), x.slicesEmptyInBoth());
      }
      StringBuilder intervals = new StringBuilder(String.format(Locale.ROOT,
          "Dice, 95 %% interval over patients (bootstrap of the %d patients, %d resamples):", o.patients(),
          PatientBootstrap.RESAMPLES));
      for (Structure s : Structure.values()) {
        PatientBootstrap.Interval i = o.diceInterval95().get(s.id());
        intervals.append(String.format(Locale.ROOT, " %s %.3f-%.3f%s", s.displayName().toLowerCase(Locale.ROOT), i.low(),
            i.high(), s.ordinal() + 1 < Structure.count() ? ";" : "."));
      }
      out.println(intervals);
      out.println("Femoral head Dice by the size of the true section (fraction of the hip's largest):");
      out.println("| true section | slices | Dice |");
      out.println("| --- | --- | --- |");
      for (PhantomValidation.SectionSizeDice band : o.headDiceBySectionSize()) {
        out.printf(Locale.ROOT, "| %.0f-%.0f %% | %d | %.3f |%n", 100 * band.from(), 100 * band.to(), band.slices(),
            band.meanDice());
      }
      PhantomValidation.HeadSlices head = o.headSlices();
      out.printf(Locale.ROOT, "Femoral head drawn on %d slices (per hip) where the truth has none; missed on %d where it has one.%n",
          head.predictedWithoutTruth(), head.missed());
      StringBuilder perPatient = new StringBuilder("Femoral head Dice per patient:");
      for (int n = 0; n < head.dicePerPatient().size(); n++) {
        perPatient.append(String.format(Locale.ROOT, " %d: %.3f%s", n + 1, head.dicePerPatient().get(n),
            n + 1 < head.dicePerPatient().size() ? "," : "."));
      }
      out.println(perPatient);
      out.printf(Locale.ROOT, "Spearman rank correlation of the UNet-score with the true UNet-score: %.3f;"
          + " with the true lesion volume: %.3f.%n", o.spearmanWithTrueScore(), o.spearmanWithTrueVolume());
      out.printf(Locale.ROOT, "HIMRISS central slices more than one slice from the true largest head: %d of %d hips.%n",
          o.centralSliceMisses(), 2 * o.patients());
      return 0;
    } catch (HipspaException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }
}
