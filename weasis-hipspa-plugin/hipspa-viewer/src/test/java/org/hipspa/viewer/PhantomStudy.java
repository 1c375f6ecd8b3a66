package org.hipspa.viewer;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.dicom.seg.SegWriter;
import org.hipspa.image.MrSeries;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.phantom.PhantomTruth;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.SeriesSegmentation;

/**
 * A synthetic phantom patient on disk in the demo's layout: DIR/phantom-patient (DICOM and ground truth) and
 * DIR/result/hipspa-seg.dcm, a SEG written with the project's SegWriter from the phantom's true masks.
 */
record PhantomStudy(Path patientFolder, Path segFile, MrSeries series, SeriesSegmentation truth) {

  static final AlgorithmIdentity TRUTH_WRITER = new AlgorithmIdentity("Phantom truth", "1", "");

  static PhantomStudy write(Path dir, long seed) throws Exception {
    PhantomPatient patient = new PhantomGenerator().generate(PhantomSettings.defaults(seed).withSeverity(0.7));
    Path patientFolder = dir.resolve("phantom-patient");
    PhantomWriter.write(patient, patientFolder);
    MrSeries series = new DicomSeriesReader().read(List.of(patientFolder), null, ReadProgress.NONE);
    SeriesSegmentation truth = PhantomTruth.segmentation(series.seriesInstanceUid(), patient.truth());
    Path result = java.nio.file.Files.createDirectories(dir.resolve("result"));
    Path seg = new SegWriter(TRUTH_WRITER).write(series, truth, result.resolve(StoredResult.SEG_FILE)).file();
    return new PhantomStudy(patientFolder, seg, series, truth);
  }

  /** For the screenshot ITs: {@code PhantomStudy <dir> <seed>} writes the study. */
  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]), Long.parseLong(args[1]));
  }
}
