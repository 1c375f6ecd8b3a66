package org.hipspa.report;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.dicom.export.DicomResultExport;

/**
 * Everything an analysis leaves on disk, in one folder that appears whole or not at all: the report
 * (HTML, JSON, CSV, overlays) and the DICOM results (SEG and SR) that a PACS can store.
 */
public final class ResultFolder {
  public static final String DICOM_BASE_NAME = "hipspa";

  private ResultFolder() {}

  /** @param inputs the folders or files read, which the output must not lie inside */
  public static void write(AnalysisResult result, Path out, List<Path> inputs) throws HipspaException {
    OutputFolder.write(out, inputs, dir -> {
      ReportWriter.writeInto(result, dir);
      new DicomResultExport(result.provenance().algorithm())
          .write(result.series(), result.prediction(), result.scores(), dir, DICOM_BASE_NAME);
    });
  }
}
