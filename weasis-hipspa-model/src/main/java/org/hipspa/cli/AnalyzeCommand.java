package org.hipspa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hipspa.HipspaException;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.image.MrSeries;
import org.hipspa.net.Segmenter;
import org.hipspa.phantom.PhantomStudyTruth;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.ResultFolder;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.SeriesSegmentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hipspa analyze}: one series from DICOM files through the pipeline into a result folder. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {"Finds the femoral heads, segments bone marrow edema and effusion/synovitis, and scores the HIMRISS"
        + " slices of one coronal STIR hip series. Writes report.html, report.json, himriss-slices.csv, overlays and"
        + " DICOM SEG and SR into --out; the input is only read."})
public final class AnalyzeCommand implements Callable<Integer> {
  /** Cancel takes effect between batches; a batch of 8 crops takes well under a second. */
  static final int BATCH_SIZE = 8;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "DICOM files or folders (searched recursively).")
  List<Path> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Result folder (new, empty, or an earlier result).")
  Path out;

  @Option(names = "--series", paramLabel = "UID", description = "SeriesInstanceUID to analyse when the input holds several series.")
  String seriesUid;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder (default: the shipped model).")
  Path model;

  @Option(names = "--central", defaultValue = "5", description = "HIMRISS central slices per hip (default ${DEFAULT-VALUE}).")
  int central;

  @Option(names = "--anterior", defaultValue = "5", description = "HIMRISS slices anterior to the central block (default ${DEFAULT-VALUE}).")
  int anterior;

  @Option(names = "--posterior", defaultValue = "5", description = "HIMRISS slices posterior to the central block (default ${DEFAULT-VALUE}).")
  int posterior;

  @Option(names = "--min-head-fraction", defaultValue = "0.25", description = "A HIMRISS slice counts only where its femoral"
      + " head section is at least this fraction of the hip's largest (default ${DEFAULT-VALUE}).")
  double minHeadFraction;

  @Override
  public Integer call() {
    LibraryLogging.quietPixelMed();
    CancelToken cancel = new CancelToken();
    // Ctrl-C cancels, and the JVM waits for the pipeline to remove its half-written folder.
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt = new Thread(() -> {
      cancel.cancel();
      try {
        finished.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    PrintWriter err = spec.commandLine().getErr();
    try {
      AnalysisResult result = run(inputs, seriesUid, model, new HimrissSettings(central, anterior, posterior, minHeadFraction), out,
          new ConsoleProgress(err), cancel);
      printSummary(result, out, spec.commandLine().getOut());
      return 0;
    } catch (HipspaException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + "; check the command's options (hipspa analyze --help).");
      return 2;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is waiting for us, and we are done
      }
    }
  }

  /** Reads, analyses and writes; shared with {@code hipspa demo}. */
  static AnalysisResult run(List<Path> inputs, String seriesUid, Path modelOption, HimrissSettings settings, Path out,
      ProgressListener progress, CancelToken cancel) throws HipspaException {
    Path modelFolder = ModelLocation.resolve(modelOption);
    ReadProgress reading = new ReadProgress(f -> progress.progress(Stage.READ, f), cancel::isCancelled);
    MrSeries series = new DicomSeriesReader().read(inputs, seriesUid, reading);
    Optional<SeriesSegmentation> truth = phantomTruth(inputs, series);
    try (Segmenter network = Segmenter.open(modelFolder, BATCH_SIZE)) {
      AnalysisResult result = HipAnalysis.onNetwork(network, settings, Versions.software())
          .analyse(series, truth, progress, cancel);
      progress.progress(Stage.REPORT, 0);
      cancel.throwIfCancelled();
      ResultFolder.write(result, out, inputs);
      progress.progress(Stage.REPORT, 1);
      return result;
    }
  }

  /** Ground truth when the input is one phantom patient's folder (or its dicom/ folder) and matches the series. */
  private static Optional<SeriesSegmentation> phantomTruth(List<Path> inputs, MrSeries series) {
    return inputs.size() == 1 ? PhantomStudyTruth.find(inputs.get(0), series) : Optional.empty();
  }

  static void printSummary(AnalysisResult result, Path out, PrintWriter console) {
    var s = result.scores();
    console.printf(Locale.ROOT, "UNet-score (on HIMRISS slices): right %s, left %s, total %.3f%s%n",
        hip(s.right()), hip(s.left()), s.total(), s.isComplete() ? "" : " (one hip only)");
    result.groundTruthScores().ifPresent(t -> console.printf(Locale.ROOT,
        "Ground truth UNet-score:        right %s, left %s, total %.3f%n", hip(t.right()), hip(t.left()), t.total()));
    console.println("Model: " + result.provenance().modelName() + " " + result.provenance().modelVersion()
        + ", trained on " + result.provenance().modelTrainedOn() + ".");
    console.println("Results in " + out.toAbsolutePath() + " (report.html, report.json, himriss-slices.csv, hipspa-seg.dcm, hipspa-sr.dcm).");
  }

  private static String hip(org.hipspa.score.HipScore hip) {
    return hip.isScored() ? String.format(Locale.ROOT, "%.3f", hip.unetScore()) : "none";
  }
}
