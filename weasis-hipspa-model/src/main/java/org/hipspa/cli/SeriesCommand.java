package org.hipspa.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hipspa.HipspaException;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.dicom.SeriesCandidate;
import org.hipspa.dicom.SeriesScan;
import org.hipspa.dicom.SkippedFile;
import org.hipspa.image.MrSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hipspa series}: lists the DICOM series in files or folders. Each series is loaded (and so
 * checked) to report its measured slice step; patient identifiers are never printed.
 */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the DICOM series found in files or folders (searched recursively): number, description,"
          + " modality, orientation, slice count, rows x columns, pixel spacing and the slice step measured"
          + " between slice positions. Files that are not DICOM images are skipped and counted.",
      "Exit code 0 when every series listed can be loaded, 1 otherwise (each problem is one sentence)."
    })
public final class SeriesCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "<file-or-folder>", description = "DICOM files or folders holding them.")
  List<Path> inputs;

  @Option(names = "--series", paramLabel = "UID", description = "List only the series with this SeriesInstanceUID.")
  String seriesUid;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LibraryLogging.quietPixelMed();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DicomSeriesReader reader = new DicomSeriesReader();
    try {
      SeriesScan scan = reader.scan(inputs);
      List<SeriesCandidate> shown = seriesUid == null ? scan.series() : List.of(scan.choose(seriesUid));
      out.println(foundLine(scan));
      int unusable = 0;
      for (SeriesCandidate candidate : shown) {
        out.println();
        if (!describe(candidate, reader, out)) {
          unusable++;
        }
      }
      out.flush();
      return unusable == 0 ? 0 : 1;
    } catch (HipspaException e) {
      out.flush();
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static String foundLine(SeriesScan scan) {
    int files = scan.series().stream().mapToInt(SeriesCandidate::imageCount).sum();
    String found = String.format(Locale.ROOT, "Found %d series in %d DICOM image file%s", scan.series().size(), files, files == 1 ? "" : "s");
    if (scan.skippedCount() == 0) {
      return found + "; no file skipped.";
    }
    Map<SkippedFile.Reason, Integer> counts = new EnumMap<>(SkippedFile.Reason.class);
    scan.skipped().forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
    return found + String.format(Locale.ROOT, "; skipped %d file%s (%s).", scan.skippedCount(), scan.skippedCount() == 1 ? "" : "s",
        counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().describe()).collect(Collectors.joining(", ")));
  }

  /** Prints one series; returns false when it cannot be loaded. */
  private static boolean describe(SeriesCandidate c, DicomSeriesReader reader, PrintWriter out) {
    String description = c.seriesDescription().isBlank() ? "" : " \"" + c.seriesDescription() + "\"";
    out.printf(Locale.ROOT, "Series #%d%s (%s)%n", c.seriesNumber(), description, c.modality().isBlank() ? "no modality" : c.modality());
    row(out, "UID", c.seriesInstanceUid());
    MrSeries series;
    String problem = null;
    try {
      series = reader.load(c, ReadProgress.NONE);
    } catch (HipspaException e) {
      series = null;
      problem = e.getMessage();
    }
    if (series != null) {
      row(out, "orientation", series.orientation().describe());
      row(out, "slices", slices(series.size(), c.imageCount()));
      row(out, "rows x columns", series.rows() + " x " + series.columns());
      row(out, "pixel spacing", mm(series.spacingY()) + " x " + mm(series.spacingX()) + " mm (between rows x between columns)");
      String thickness = Double.isNaN(series.sliceThicknessMm()) ? "" : "; SliceThickness " + mm(series.sliceThicknessMm()) + " mm";
      row(out, "slice step", Double.isNaN(series.sliceStepMm())
          ? "none (one slice)"
          : String.format(Locale.ROOT, "%.2f mm, measured between slice positions%s", series.sliceStepMm(), thickness));
      return true;
    }
    row(out, "orientation", c.orientation() == null ? "unknown (no ImageOrientationPatient)" : c.orientation().describe());
    row(out, "slices", slices(c.frameCount(), c.imageCount()));
    row(out, "rows x columns", c.rows() + " x " + c.columns());
    row(out, "pixel spacing", Double.isNaN(c.pixelSpacingRowMm()) ? "unknown" : mm(c.pixelSpacingRowMm()) + " x " + mm(c.pixelSpacingColumnMm()) + " mm");
    row(out, "not usable", problem);
    return false;
  }

  private static String slices(int slices, int files) {
    return slices == files ? String.valueOf(slices) : slices + " (frames of " + files + " file" + (files == 1 ? "" : "s") + ")";
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf(Locale.ROOT, "  %-15s %s%n", label, value);
  }

  /** Millimetres to at most six decimals, without trailing zeros: 0.859375, 5, 0.3125. */
  private static String mm(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
