package org.hipspa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.image.MrSeries;
import org.hipspa.net.Segmenter;
import org.hipspa.phantom.PhantomReader;
import org.hipspa.phantom.PhantomTruth;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.ResultFolder;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.SeriesSegmentation;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() {
    LibraryLogging.quietPixelMed();
    CancelToken cancel = new CancelToken();
    Runtime.getRuntime().addShutdownHook(new Thread(cancel::cancel));
    try {
      AnalysisResult result = run(inputs, seriesUid, model, new HimrissSettings(central, anterior, posterior), out,
          new ConsoleProgress(System.err), cancel);
      printSummary(result, out);
      return 0;
    } catch (HipspaException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "; check the command's options (hipspa analyze --help).");
      return 2;
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
    if (inputs.size() != 1) {
      return Optional.empty();
    }
    Path in = inputs.get(0).toAbsolutePath().normalize();
    Path folder = Files.exists(in.resolve(PhantomWriter.LABELS_JSON)) ? in : in.getParent();
    if (folder == null || !Files.exists(folder.resolve(PhantomWriter.LABELS_JSON))) {
      return Optional.empty();
    }
    try {
      var phantom = PhantomReader.read(folder);
      if (phantom.truth().size() != series.size()) {
        return Optional.empty();
      }
      return Optional.of(PhantomTruth.segmentation(series.seriesInstanceUid(), phantom.truth()));
    } catch (HipspaException | java.io.IOException e) {
      return Optional.empty();
    }
  }

  static void printSummary(AnalysisResult result, Path out) {
    var s = result.scores();
    System.out.printf(Locale.ROOT, "UNet-score (on HIMRISS slices): right %s, left %s, total %.3f%s%n",
        hip(s.right()), hip(s.left()), s.total(), s.isComplete() ? "" : " (one hip only)");
    result.groundTruthScores().ifPresent(t -> System.out.printf(Locale.ROOT,
        "Ground truth UNet-score:        right %s, left %s, total %.3f%n", hip(t.right()), hip(t.left()), t.total()));
    System.out.println("Model: " + result.provenance().modelName() + " " + result.provenance().modelVersion()
        + ", trained on " + result.provenance().modelTrainedOn() + ".");
    System.out.println("Results in " + out.toAbsolutePath() + " (report.html, report.json, himriss-slices.csv, hipspa-seg.dcm, hipspa-sr.dcm).");
  }

  private static String hip(org.hipspa.score.HipScore hip) {
    return hip.isScored() ? String.format(Locale.ROOT, "%.3f", hip.unetScore()) : "none";
  }
}
