package org.hipspa.report;

import java.util.Map;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.score.ScoreResult;

/**
 * Everything one analysis produced, the single object every front end renders: the series, where
 * the hips were cropped, the predicted masks, the scores, and where it all came from. Ground truth is
 * present only for studies that have it (synthetic phantoms), for teaching and validation.
 */
public record AnalysisResult(
    Provenance provenance,
    MrSeries series,
    Map<HipSide, CropBox> cropBoxes,
    SeriesSegmentation prediction,
    ScoreResult scores,
    Optional<SeriesSegmentation> groundTruth,
    Optional<ScoreResult> groundTruthScores) {

  public AnalysisResult {
    cropBoxes = Map.copyOf(cropBoxes);
  }
}
