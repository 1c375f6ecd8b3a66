package org.hipspa.locate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipspa.HipspaException;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.net.CropStack;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.segment.HipSide;

/**
 * Finds the femoral heads with the segmentation network itself: a few slices through the middle of
 * the series are covered with overlapping network-sized tiles, the head probabilities are stitched
 * into a map of each slice, and on each side of the body's midline the head-sized regions are
 * candidates; the surest pair at one height wins ({@link HeadPairing}), its centroids the head centres. The network was trained on crops shifted around the head,
 * so it marks heads anywhere in its window and knows what is not a head (trochanter, ischium,
 * bladder), which a geometric circle search on these images did not.
 */
public final class NetworkHeadLocator implements HipLocator {
  /** Where in the series (as a fraction of its length) slices are searched: the heads lie mid-series. */
  static final double[] SEARCH_FRACTIONS = {0.3, 0.4, 0.5, 0.6, 0.7};
  /** A femoral head's cross-section on its central slice: between a disc of 10 mm and 36 mm radius. */
  public static final double MIN_HEAD_AREA_MM2 = Math.PI * 10 * 10;
  public static final double MAX_HEAD_AREA_MM2 = Math.PI * 36 * 36;
  static final double PROBABILITY_THRESHOLD = 0.5;
  /** Femoral head centres lie 80 to 110 mm from the midline in adults; the bladder and symphysis lie on it. */
  public static final double MIN_OFF_MIDLINE_MM = 45;

  private final HeadProbability network;
  private final CropSpec spec;
  private final ContextSlices context;

  /** {@code context}: the neighbouring slices the network takes beside each slice, cut under the same tile. */
  public NetworkHeadLocator(HeadProbability network, CropSpec spec, ContextSlices context) {
    this.network = network;
    this.spec = spec;
    this.context = context;
  }

  @Override
  public Map<HipSide, HipLocation> locate(MrSeries series, ProgressListener progress, CancelToken cancel)
      throws NotAHipSeriesException, AnalysisCancelledException {
    List<Integer> slices = searchSlices(series.size());
    List<CropBox> tiles = TileGrid.covering(series.columns(), series.rows(), series.spacingX(), series.spacingY(), spec);
    List<CropStack> crops = new ArrayList<>(slices.size() * tiles.size());
    for (int index : slices) {
      for (CropBox tile : tiles) {
        crops.add(context.crop(series, index, tile, spec));
      }
    }
    List<FloatImage> maps;
    try {
      maps = network.of(crops, cancel);
    } catch (AnalysisCancelledException e) {
      throw e;
    } catch (HipspaException e) {
      throw new NotAHipSeriesException(e.getMessage());
    }
    progress.progress(Stage.LOCATE, 0.8);

    Map<HipSide, List<HeadPairing.Candidate>> candidates = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      candidates.put(side, new ArrayList<>());
    }
    boolean leftAtHigherColumns = series.slice(0).geometry().rowDirection().x() >= 0;
    double midline = BodyMidline.column(series);
    double pixelArea = series.spacingX() * series.spacingY();
    for (int s = 0; s < slices.size(); s++) {
      cancel.throwIfCancelled();
      FloatImage stitched = TileGrid.stitch(maps.subList(s * tiles.size(), (s + 1) * tiles.size()), tiles,
          series.columns(), series.rows());
      for (Region region : Region.of(threshold(stitched))) {
        double area = region.pixels() * pixelArea;
        if (area < MIN_HEAD_AREA_MM2 || area > MAX_HEAD_AREA_MM2) {
          continue;
        }
        if (Math.abs(region.centroidX() - midline) * series.spacingX() < MIN_OFF_MIDLINE_MM) {
          continue;
        }
        boolean higherColumns = region.centroidX() >= midline;
        HipSide side = higherColumns == leftAtHigherColumns ? HipSide.LEFT : HipSide.RIGHT;
        double support = meanProbability(stitched, region);
        HipLocation candidate = new HipLocation(side, region.centroidX(), region.centroidY(),
            Math.sqrt(area / Math.PI), slices.get(s), support);
        // The surest large region weighs most: the head's central section, not a small or doubtful one.
        candidates.get(side).add(new HeadPairing.Candidate(candidate, area * support));
      }
    }
    for (HipSide side : HipSide.values()) {
      if (candidates.get(side).isEmpty()) {
        throw new NotAHipSeriesException("No " + side.label() + " femoral head could be found in this series;"
            + " the analysis needs a coronal STIR (or fat-saturated T2) series through both hips.");
      }
    }
    Map<HipSide, HipLocation> best =
        HeadPairing.choose(candidates.get(HipSide.RIGHT), candidates.get(HipSide.LEFT), series.spacingY());
    progress.progress(Stage.LOCATE, 1);
    return best;
  }

  static List<Integer> searchSlices(int size) {
    Set<Integer> indices = new LinkedHashSet<>();
    for (double f : SEARCH_FRACTIONS) {
      indices.add((int) Math.round(f * (size - 1)));
    }
    return new ArrayList<>(indices);
  }

  private static BinaryMask threshold(FloatImage map) {
    BinaryMask mask = new BinaryMask(map.width(), map.height());
    for (int y = 0; y < map.height(); y++) {
      for (int x = 0; x < map.width(); x++) {
        if (map.get(x, y) >= PROBABILITY_THRESHOLD) {
          mask.set(x, y, true);
        }
      }
    }
    return mask;
  }

  private static double meanProbability(FloatImage map, Region region) {
    return region.sum(map) / region.pixels();
  }
}
