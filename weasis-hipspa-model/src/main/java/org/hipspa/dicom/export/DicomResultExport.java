package org.hipspa.dicom.export;

import java.nio.file.Path;
import org.hipspa.HipspaException;
import org.hipspa.dicom.seg.SegWriter;
import org.hipspa.dicom.seg.WrittenSegmentation;
import org.hipspa.dicom.sr.MeasurementReportWriter;
import org.hipspa.dicom.sr.MeasurementReportWriter.WrittenReport;
import org.hipspa.image.MrSeries;
import org.hipspa.score.ScoreResult;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.SeriesSegmentation;

/**
 * Writes one analysis as DICOM: the SEG with the masks and the SR with the scores, which points into
 * the SEG. Used by {@code hipspa analyze} (beside its other reports) and by the Weasis plugin's export.
 * Each file appears whole or not at all; the caller chooses a folder that is not the source's.
 */
public final class DicomResultExport {
  private final AlgorithmIdentity algorithm;

  public DicomResultExport(AlgorithmIdentity algorithm) {
    this.algorithm = algorithm;
  }

  public record Written(WrittenSegmentation segmentation, WrittenReport report) {
    public Path segFile() {
      return segmentation.file();
    }

    public Path srFile() {
      return report.file();
    }
  }

  /** Writes {@code <baseName>-seg.dcm} and {@code <baseName>-sr.dcm} into {@code folder}. */
  public Written write(MrSeries series, SeriesSegmentation segmentation, ScoreResult score, Path folder, String baseName)
      throws HipspaException {
    WrittenSegmentation seg = new SegWriter(algorithm).write(series, segmentation, folder.resolve(baseName + "-seg.dcm"));
    WrittenReport sr = new MeasurementReportWriter(algorithm).write(series, score, seg, folder.resolve(baseName + "-sr.dcm"));
    return new Written(seg, sr);
  }
}
