package org.hipspa.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.hipspa.HipspaException;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.dicom.SeriesCandidate;
import org.hipspa.dicom.SeriesScan;
import org.hipspa.image.MrSeries;
import org.hipspa.phantom.PhantomStudyTruth;
import org.hipspa.segment.SeriesSegmentation;

/**
 * Reads what the viewer shows, on a background thread: the series (with the project's DICOM reader), the ground truth
 * when the study is a phantom's folder, and a stored result when one was asked for or lies beside the study. Files are
 * only read.
 */
public final class StudyLoader {

  /** What was read. */
  public record LoadedStudy(MrSeries series, Optional<SeriesSegmentation> truth, Optional<StoredResult> stored,
      List<Path> inputs) {}

  private StudyLoader() {}

  /**
   * @param progress the fraction read so far, 0 to 1
   * @param cancelled asked between files
   */
  public static LoadedStudy load(ViewRequest request, DoubleConsumer progress, BooleanSupplier cancelled)
      throws HipspaException {
    List<Path> inputs = List.of(request.study());
    DicomSeriesReader reader = new DicomSeriesReader();
    SeriesScan scan = reader.scan(inputs, new ReadProgress(f -> progress.accept(0.1 * f), cancelled));
    // Segmentations have pixel data too: they are results to show, not series to choose from.
    List<SeriesCandidate> images = scan.series().stream().filter(c -> !isSegmentation(c)).toList();
    List<Path> segmentations = scan.series().stream().filter(StudyLoader::isSegmentation)
        .flatMap(c -> c.files().stream()).toList();
    if (images.isEmpty()) {
      throw new HipspaException("The input " + request.study() + " holds segmentations but no MR images; open the"
          + " folder of the series itself (a result can be added with --result).");
    }
    SeriesCandidate chosen = new SeriesScan(images, scan.skipped()).choose(request.seriesUid());
    MrSeries series = reader.load(chosen, new ReadProgress(f -> progress.accept(0.1 + 0.85 * f), cancelled));
    Optional<SeriesSegmentation> truth = PhantomStudyTruth.find(request.study(), series);
    Optional<StoredResult> stored = request.result() != null
        ? Optional.of(StoredResult.open(request.result(), series, truth, inputs))
        : request.ignoreStoredResults()
            ? Optional.empty()
            : StoredResult.find(request.study(), segmentations, series, truth, inputs);
    progress.accept(1);
    return new LoadedStudy(series, truth, stored, inputs);
  }

  private static boolean isSegmentation(SeriesCandidate candidate) {
    return "SEG".equalsIgnoreCase(candidate.modality());
  }
}
