package org.hipspa.testing;

import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropSpec;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipSegmenter;
import org.hipspa.pipeline.ModelDescription;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;

/** Segments with masks known in advance (a phantom's ground truth), to test the other stages alone. */
public final class FixedSegmenter implements HipSegmenter {
  private final SeriesSegmentation masks;

  public FixedSegmenter(SeriesSegmentation masks) {
    this.masks = masks;
  }

  @Override
  public ModelDescription model() {
    return new ModelDescription("ground-truth", "test", "0".repeat(64), "the test's own masks", CropSpec.PAPER);
  }

  @Override
  public SeriesSegmentation segment(MrSeries series, Map<HipSide, CropBox> boxes, ProgressListener progress,
      CancelToken cancel) {
    progress.progress(Stage.SEGMENT, 1);
    return masks;
  }
}
