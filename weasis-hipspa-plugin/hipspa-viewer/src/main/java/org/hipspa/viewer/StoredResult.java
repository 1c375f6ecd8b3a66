package org.hipspa.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hipspa.HipspaException;
import org.hipspa.dicom.seg.SegReader;
import org.hipspa.dicom.seg.StoredSegmentation;
import org.hipspa.dicom.sr.RecordedHimrissSettings;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropPlacement;
import org.hipspa.locate.CropSpec;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.Provenance;
import org.hipspa.report.ResultFolder;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SeriesScorer;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.ui.AnalysisOutcome;
import org.hipspa.ui.SliceShapes;

/**
 * A result read back from a DICOM SEG that HipSpA wrote, shown without the model: its masks as layers, and the HIMRISS
 * slice table and UNet-score computed from those masks (the same {@link SeriesScorer} as an analysis) on the pixels of
 * the series it was made on. The HIMRISS settings are those the measurement report beside the SEG recorded, so the
 * table matches the report; without that report, the paper's.
 */
public record StoredResult(Path segFile, String algorithm, AnalysisOutcome outcome) {

  /** The file name our result folders give the SEG. */
  static final String SEG_FILE = ResultFolder.DICOM_BASE_NAME + "-seg.dcm";
  private static final String SEG_SUFFIX = "-seg.dcm";
  private static final String SR_SUFFIX = "-sr.dcm";

  /**
   * Reads the SEG (a file, or a folder holding {@value #SEG_FILE}) for this series; refuses, in one sentence, a file
   * that is not our SEG or was made on another series.
   */
  public static StoredResult open(Path segFileOrFolder, MrSeries series, Optional<SeriesSegmentation> truth,
      List<Path> inputs) throws HipspaException {
    Path file = segFileOrFolder;
    if (Files.isDirectory(file)) {
      file = file.resolve(SEG_FILE);
      if (!Files.isRegularFile(file)) {
        throw new HipspaException("The folder " + segFileOrFolder + " holds no " + SEG_FILE
            + "; pass --result the SEG file or the result folder HipSpA wrote.");
      }
    } else if (!Files.isRegularFile(file)) {
      throw new HipspaException("The result " + segFileOrFolder + " does not exist; pass --result a SEG file written by HipSpA.");
    }
    StoredSegmentation stored = SegReader.readStored(file, series);
    SeriesSegmentation masks = stored.masks();
    HimrissSettings settings = reportBeside(file)
        .flatMap(sr -> RecordedHimrissSettings.read(sr, stored.sopInstanceUid()))
        .orElse(HimrissSettings.PAPER);
    SeriesScorer scorer = new SeriesScorer(settings);
    ScoreResult scores = scorer.score(series, masks);
    Optional<ScoreResult> truthScores = truth.map(t -> scorer.score(series, t));
    String algorithm = stored.algorithm();
    int space = algorithm.lastIndexOf(' ');
    String name = space > 0 ? algorithm.substring(0, space) : algorithm;
    String version = space > 0 ? algorithm.substring(space + 1) : "unknown";
    Provenance provenance = new Provenance(name, version, "", "see the model that wrote " + file.getFileName(),
        series.seriesInstanceUid(), modified(file), settings, "stored result");
    AnalysisResult result = new AnalysisResult(provenance, series, cropBoxes(series, masks), masks, scores, truth,
        truthScores);
    return new StoredResult(file, algorithm, new AnalysisOutcome(result, SliceShapes.of(masks), inputs));
  }

  /**
   * The first SEG among these candidates, then the {@value #SEG_FILE} files in the folders beside the study (the
   * demo's layout: DIR/phantom-patient and DIR/result), that was made on this series; empty when none is.
   */
  public static Optional<StoredResult> find(Path study, List<Path> candidates, MrSeries series,
      Optional<SeriesSegmentation> truth, List<Path> inputs) {
    List<Path> all = new ArrayList<>(candidates);
    Path parent = study.toAbsolutePath().normalize().getParent();
    if (parent != null && Files.isDirectory(study)) {
      try (Stream<Path> beside = Files.list(parent)) {
        beside.filter(Files::isDirectory).sorted().map(d -> d.resolve(SEG_FILE)).filter(Files::isRegularFile)
            .forEach(all::add);
      } catch (IOException e) {
        // an unreadable parent folder: no result beside the study
      }
    }
    for (Path file : all) {
      try {
        return Optional.of(open(file, series, truth, inputs));
      } catch (HipspaException e) {
        // a SEG of another series, or not ours: keep looking
      }
    }
    return Optional.empty();
  }

  /** Where the hips' crops would be: around each femoral head's centre on its largest section in the stored masks. */
  private static Map<HipSide, CropBox> cropBoxes(MrSeries series, SeriesSegmentation masks) {
    Map<HipSide, CropBox> boxes = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      BinaryMask largest = null;
      for (int i = 0; i < masks.size(); i++) {
        BinaryMask head = masks.slice(i).hip(side).femoralHead();
        if (largest == null || head.count() > largest.count()) {
          largest = head;
        }
      }
      if (largest == null || largest.isEmpty()) {
        continue;
      }
      double sx = 0;
      double sy = 0;
      for (int y = 0; y < largest.height(); y++) {
        for (int x = 0; x < largest.width(); x++) {
          if (largest.get(x, y)) {
            sx += x;
            sy += y;
          }
        }
      }
      int n = largest.count();
      boxes.put(side, CropPlacement.around(side, sx / n, sy / n, series.spacingX(), series.spacingY(), CropSpec.PAPER));
    }
    return boxes;
  }

  /** The measurement report HipSpA writes beside a SEG: {@code X-sr.dcm} for {@code X-seg.dcm}. */
  private static Optional<Path> reportBeside(Path segFile) {
    String name = segFile.getFileName().toString();
    if (!name.endsWith(SEG_SUFFIX)) {
      return Optional.empty();
    }
    return Optional.of(segFile.resolveSibling(name.substring(0, name.length() - SEG_SUFFIX.length()) + SR_SUFFIX));
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
