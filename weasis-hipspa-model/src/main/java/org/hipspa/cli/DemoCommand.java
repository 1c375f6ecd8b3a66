package org.hipspa.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.phantom.LesionBurden;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.OutputFolder;
import org.hipspa.score.HimrissSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code hipspa demo}: makes one synthetic phantom patient, writes it as DICOM, reads it back through
 * the same path as a hospital's files, analyses it, and prints the UNet-score beside the truth.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Analyses a synthetic coronal STIR hip study end to end: writes the phantom patient to"
        + " DIR/phantom-patient, the results to DIR/result, and prints the UNet-score beside the true lesion burden."})
public final class DemoCommand implements Callable<Integer> {
  static final String PATIENT_FOLDER = "phantom-patient";
  static final String RESULT_FOLDER = "result";

  @Spec CommandSpec spec;

  @Option(names = "--out", defaultValue = "demo-output", paramLabel = "DIR", description = "Folder for the demo (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "2026", description = "Phantom seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--severity", defaultValue = "0.6", description = "Lesion severity, 0 (none) to 1 (marked) (default ${DEFAULT-VALUE}).")
  double severity;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: the shipped model).")
  Path model;

  @Option(names = "--no-view", description = "Do not open the viewer on the result, even when a display is present.")
  boolean noView;

  @Override
  public Integer call() {
    LibraryLogging.quietPixelMed();
    CancelToken cancel = new CancelToken();
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Files.createDirectories(out);
      PhantomPatient patient = new PhantomGenerator().generate(PhantomSettings.defaults(seed).withSeverity(severity));
      Path patientFolder = out.resolve(PATIENT_FOLDER);
      OutputFolder.write(patientFolder, List.of(), dir -> PhantomWriter.writeInto(patient, dir), PhantomWriter.PATIENT_JSON);
      console.println("Synthetic patient written to " + patientFolder.toAbsolutePath() + " ("
          + patient.series().summary() + ").");
      Path result = out.resolve(RESULT_FOLDER);
      AnalysisResult analysis = AnalyzeCommand.run(List.of(patientFolder), null, model, HimrissSettings.PAPER, result,
          new ConsoleProgress(err), cancel);
      AnalyzeCommand.printSummary(analysis, result, console);
      LesionBurden burden = patient.parameters().burden();
      console.printf(Locale.ROOT, "True lesion burden of the phantom: BME %.1f mL (right %.1f, left %.1f),"
              + " effusion %.1f mL (right %.1f, left %.1f).%n",
          burden.bmeMm3() / 1000, burden.bmeRightMm3() / 1000, burden.bmeLeftMm3() / 1000,
          burden.effusionMm3() / 1000, burden.effusionRightMm3() / 1000, burden.effusionLeftMm3() / 1000);
      console.println("Open " + result.resolve("report.html").toAbsolutePath() + " to see the slices.");
      console.flush();
      if (!noView) {
        view(CommandExtension.installed(), GraphicsEnvironment.isHeadless(), patientFolder, result);
      }
      return 0;
    } catch (HipspaException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("The demo could not write to " + out.toAbsolutePath() + " (" + e.getMessage()
          + "); choose a writable folder with --out.");
      return 1;
    }
  }

  /**
   * Opens the first installed viewer on the demo's study and result and waits until it is closed; nothing without a
   * display or without a viewer jar. Returns whether a viewer was shown.
   */
  static boolean view(List<CommandExtension> extensions, boolean headless, Path patientFolder, Path result) {
    if (headless) {
      return false;
    }
    for (CommandExtension extension : extensions) {
      if (extension.show(patientFolder, result)) {
        return true;
      }
    }
    return false;
  }
}
