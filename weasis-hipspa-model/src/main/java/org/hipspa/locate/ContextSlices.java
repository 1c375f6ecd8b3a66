package org.hipspa.locate;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;

/**
 * The network's input crop of one slice with {@code k} neighbouring slices on each side as extra
 * channels (2.5-D input): channel c holds slice i + c - k in the series' sorted order, every channel
 * cut under the same box, and where a neighbour does not exist (at either end of the series) the
 * edge slice is repeated. Whether a slice near the pole of a femoral head still holds head depends on
 * the head's 3-D shape, which its neighbours show and the slice alone barely does. With {@code k = 0}
 * the crop is the slice's own, as before context slices existed. Every stage that feeds the network
 * (segment, locate, training) builds its crops here, so they all feed it the same stack.
 */
public record ContextSlices(int k) {
  public static final ContextSlices NONE = new ContextSlices(0);

  public ContextSlices {
    if (k < 0) {
      throw new IllegalArgumentException("context slices must be 0 or more: " + k);
    }
  }

  /** The context of a model whose input has {@code channels} channels (odd): (channels - 1) / 2 on each side. */
  public static ContextSlices forChannels(int channels) {
    return new ContextSlices(CropContract.contextSlices(channels));
  }

  /** Channels of one crop: 2k + 1. */
  public int channels() {
    return CropContract.channelsFor(k);
  }

  /** Slice {@code index}'s crop under {@code box} with its neighbours, resampled to {@code spec}. */
  public CropStack crop(MrSeries series, int index, CropBox box, CropSpec spec) {
    if (index < 0 || index >= series.size()) {
      throw new IndexOutOfBoundsException("slice " + index + " of a series of " + series.size());
    }
    List<FloatImage> channels = new ArrayList<>(channels());
    for (int c = 0; c < channels(); c++) {
      int neighbour = Math.max(0, Math.min(series.size() - 1, index + c - k));
      channels.add(CropResampler.crop(series.slice(neighbour).pixels(), box, spec));
    }
    return new CropStack(channels);
  }
}
