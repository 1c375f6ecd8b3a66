package org.hipspa.ui.testing;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.hipspa.image.BinaryMask;
import org.hipspa.locate.HipLocation;
import org.hipspa.locate.HipLocator;
import org.hipspa.locate.NotAHipSeriesException;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropSpec;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipSegmenter;
import org.hipspa.pipeline.ModelDescription;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;

/**
 * Segments with masks known in advance, so the panel is tested on a real pipeline run without a network. With
 * {@link #untilCancelled} it works (and reports progress) until cancelled, like a long inference.
 */
public final class KnownMasksSegmenter implements HipSegmenter {
  private final SeriesSegmentation masks;
  private final boolean untilCancelled;

  private KnownMasksSegmenter(SeriesSegmentation masks, boolean untilCancelled) {
    this.masks = masks;
    this.untilCancelled = untilCancelled;
  }

  public static KnownMasksSegmenter returning(SeriesSegmentation masks) {
    return new KnownMasksSegmenter(masks, false);
  }

  public static KnownMasksSegmenter untilCancelled(SeriesSegmentation masks) {
    return new KnownMasksSegmenter(masks, true);
  }

  /** The real pipeline on these masks: a locator that finds each head where the masks have it, then this segmenter. */
  public HipAnalysis pipeline(Clock clock) {
    return new HipAnalysis(locator(masks), this, HimrissSettings.PAPER, "test", clock);
  }

  /** Each femoral head at the centroid of its mask on the slice where that mask is largest. */
  public static HipLocator locator(SeriesSegmentation masks) {
    return (series, progress, cancel) -> {
      Map<HipSide, HipLocation> found = new EnumMap<>(HipSide.class);
      for (HipSide side : HipSide.values()) {
        int best = -1;
        int bestCount = 0;
        for (int i = 0; i < masks.size(); i++) {
          int count = masks.slice(i).hip(side).femoralHead().count();
          if (count > bestCount) {
            best = i;
            bestCount = count;
          }
        }
        if (best < 0) {
          throw new NotAHipSeriesException("No " + side.label() + " femoral head in the known masks.");
        }
        BinaryMask head = masks.slice(best).hip(side).femoralHead();
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < head.height(); y++) {
          for (int x = 0; x < head.width(); x++) {
            if (head.get(x, y)) {
              sx += x;
              sy += y;
            }
          }
        }
        double radiusMm = Math.sqrt(bestCount * series.spacingX() * series.spacingY() / Math.PI);
        found.put(side, new HipLocation(side, sx / bestCount, sy / bestCount, radiusMm, best, 1.0));
      }
      return found;
    };
  }

  @Override
  public ModelDescription model() {
    return new ModelDescription("known masks", "test", "0".repeat(64), "the test's own masks", CropSpec.PAPER);
  }

  @Override
  public SeriesSegmentation segment(
      MrSeries series, Map<HipSide, CropBox> boxes, ProgressListener progress, CancelToken cancel)
      throws AnalysisCancelledException {
    long step = 0;
    while (untilCancelled) {
      // Busy work in small units, checking the token between them as the network does between batches.
      double sink = 0;
      for (int i = 0; i < 200_000; i++) {
        sink += Math.sqrt(i + step);
      }
      progress.progress(Stage.SEGMENT, (step++ % 100) / 100.0 + sink * 0);
      cancel.throwIfCancelled();
    }
    progress.progress(Stage.SEGMENT, 1);
    return masks;
  }
}
