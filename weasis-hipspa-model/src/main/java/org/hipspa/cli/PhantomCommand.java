package org.hipspa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.phantom.Difficulty;
import org.hipspa.phantom.PhantomCohort;
import org.hipspa.phantom.PhantomParameters;
import org.hipspa.phantom.PhantomSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hipspa phantom}: writes a cohort of synthetic hip patients with exact ground truth. */
@Command(
    name = "phantom",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic coronal STIR hip MRI patients (DICOM series, exact lesion masks, parameters) for tests,"
          + " training and demos.",
      "They are not patients: figures measured on them are never clinical accuracy."
    })
public final class PhantomCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write; must be new, empty, or a cohort this command wrote before.")
  Path out;

  @Option(names = "--patients", defaultValue = "60", description = "Number of patients (default ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--seed", defaultValue = "7", description = "Cohort seed; the same seed gives the same files (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--slices", defaultValue = "20", description = "Coronal slices per patient, 1 to 80 (default ${DEFAULT-VALUE}).")
  int slices;

  @Option(names = "--spacing", defaultValue = "4", paramLabel = "MM", description = "Distance between slices in mm (default ${DEFAULT-VALUE}).")
  double spacing;

  @Option(names = "--thickness", paramLabel = "MM", description = "Slice thickness in mm (default: the spacing).")
  Double thickness;

  @Option(names = "--difficulty", defaultValue = "medium", description = "easy, medium or hard: noise, bias, pose spread, lesion contrast (default ${DEFAULT-VALUE}).")
  String difficulty;

  @Option(names = "--severity", description = "Give every patient this latent severity (0 to 1) instead of drawing it.")
  Double severity;

  @Option(names = "--contact-sheet", description = "Also write contact-sheet.png (slices with masks outlined) into each patient folder.")
  boolean contactSheet;

  @Override
  public Integer call() {
    try {
      PhantomSettings template = settings();
      long start = System.nanoTime();
      int width = Integer.toString(patients).length();
      PhantomCohort.Result result = PhantomCohort.write(out, seed, patients, template, contactSheet, w -> {
        var p = w.parameters();
        var b = p.burden();
        System.out.printf(Locale.ROOT,
            "[%" + width + "d/%d] %s  severity %.2f  BME R/L %.1f/%.1f cm3  effusion R/L %.1f/%.1f cm3"
                + "  HIMRISS-like %d  %.1f s%n",
            w.number(), w.total(), w.folderName(), p.severity(), b.bmeRightMm3() / 1000, b.bmeLeftMm3() / 1000,
            b.effusionRightMm3() / 1000, b.effusionLeftMm3() / 1000, p.clinical().himrissTotalLike(), w.seconds());
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      List<PhantomParameters> done = result.patients();
      long clean = done.stream().filter(p -> p.burden().totalMm3() == 0).count();
      long bilateral = done.stream().filter(p -> p.burden().bmeRightMm3() + p.burden().effusionRightMm3() > 0
          && p.burden().bmeLeftMm3() + p.burden().effusionLeftMm3() > 0).count();
      System.out.printf(Locale.ROOT,
          "Wrote %d synthetic patients (%d slices each) to %s in %.0f s (%.1f s per patient): %d without lesions,"
              + " %d with lesions in both hips. They are phantoms, not patients.%n",
          done.size(), slices, out, seconds, seconds / Math.max(1, done.size()), clean, bilateral);
      if (result.removedFolders() > 0) {
        System.out.printf(Locale.ROOT, "Removed %d patient folders left from an earlier, larger run in that folder.%n",
            result.removedFolders());
      }
      return 0;
    } catch (HipspaException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      System.err.println("Could not write the phantom cohort to " + out + " (" + e.getMessage()
          + "); check that the disk has space and the folder is writable.");
      return 1;
    }
  }

  private PhantomSettings settings() throws HipspaException {
    if (patients < 1 || patients > 9999) {
      throw new HipspaException("--patients must be between 1 and 9999, not " + patients + ".");
    }
    if (slices < 1 || slices > 80) {
      throw new HipspaException("--slices must be between 1 and 80, not " + slices + ".");
    }
    if (!(spacing >= 1 && spacing <= 10)) {
      throw new HipspaException("--spacing must be between 1 and 10 mm, not " + spacing + ".");
    }
    double t = thickness == null ? spacing : thickness;
    if (!(t >= 0.5 && t <= 10)) {
      throw new HipspaException("--thickness must be between 0.5 and 10 mm, not " + t + ".");
    }
    if (severity != null && !(severity >= 0 && severity <= 1)) {
      throw new HipspaException("--severity must be between 0 and 1, not " + severity + ".");
    }
    Difficulty d;
    try {
      d = Difficulty.valueOf(difficulty.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new HipspaException("--difficulty must be easy, medium or hard, not \"" + difficulty + "\".");
    }
    return PhantomSettings.defaults(seed).withSlices(slices, spacing, t).withDifficulty(d)
        .withSeverity(severity == null ? Double.NaN : severity);
  }
}
