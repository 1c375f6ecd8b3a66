package org.hipspa.pipeline;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropPlacement;
import org.hipspa.locate.HipLocator;
import org.hipspa.locate.NetworkHeadLocator;
import org.hipspa.net.Segmenter;
import org.hipspa.locate.HipLocation;
import org.hipspa.locate.HipSeriesCheck;
import org.hipspa.report.AnalysisResult;
import org.hipspa.report.Provenance;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SeriesScorer;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;

/**
 * The one pipeline: check the series, locate the hips, segment, score. The command line, the
 * standalone viewer and the Weasis plugin all call {@link #analyse}; they differ only in where the
 * series comes from and where the result is drawn. Safe to call from any background thread; it
 * never touches Swing.
 */
public final class HipAnalysis {
  private final HipLocator locator;
  private final HipSegmenter segmenter;
  private final HimrissSettings settings;
  private final String softwareVersion;
  private final Clock clock;

  public HipAnalysis(HipLocator locator, HipSegmenter segmenter, HimrissSettings settings, String softwareVersion,
      Clock clock) {
    this.locator = locator;
    this.segmenter = segmenter;
    this.settings = settings;
    this.softwareVersion = softwareVersion;
    this.clock = clock;
  }

  /** The pipeline on one network, which both finds the femoral heads and segments them. */
  public static HipAnalysis onNetwork(Segmenter network, HimrissSettings settings, String softwareVersion) {
    NetworkHipSegmenter segmenter = new NetworkHipSegmenter(network);
    HipLocator locator = new NetworkHeadLocator(segmenter.headProbability(), segmenter.model().cropSpec(), segmenter.contextSlices());
    return new HipAnalysis(locator, segmenter, settings, softwareVersion, Clock.systemUTC());
  }

  /**
   * @param groundTruth masks known for this series (synthetic phantoms), scored alongside for teaching
   */
  public AnalysisResult analyse(MrSeries series, Optional<SeriesSegmentation> groundTruth,
      ProgressListener progress, CancelToken cancel) throws HipspaException {
    HipSeriesCheck.requireCoronalHipSeries(series);
    progress.progress(Stage.LOCATE, 0);
    Map<HipSide, HipLocation> heads = locator.locate(series, progress, cancel);
    ModelDescription model = segmenter.model();
    Map<HipSide, CropBox> boxes = new EnumMap<>(HipSide.class);
    for (HipLocation head : heads.values()) {
      boxes.put(head.side(), CropPlacement.around(head.side(), head.centreX(), head.centreY(),
          series.spacingX(), series.spacingY(), model.cropSpec()));
    }
    progress.progress(Stage.LOCATE, 1);
    cancel.throwIfCancelled();

    SeriesSegmentation prediction = segmenter.segment(series, boxes, progress, cancel);
    cancel.throwIfCancelled();

    progress.progress(Stage.SCORE, 0);
    SeriesScorer scorer = new SeriesScorer(settings);
    ScoreResult scores = scorer.score(series, prediction);
    Optional<ScoreResult> truthScores = groundTruth.map(truth -> scorer.score(series, truth));
    progress.progress(Stage.SCORE, 1);

    Provenance provenance = new Provenance(model.name(), model.version(), model.weightsSha256(), model.trainedOn(),
        series.seriesInstanceUid(), clock.instant(), settings, softwareVersion);
    return new AnalysisResult(provenance, series, boxes, prediction, scores, groundTruth, truthScores);
  }
}
