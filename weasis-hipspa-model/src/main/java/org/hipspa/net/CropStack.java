package org.hipspa.net;

import java.util.List;
import org.hipspa.image.FloatImage;

/**
 * One network input: the crop of a slice and, with context slices, the crops of its neighbours under
 * the same box, one image per input channel in slice order (the slice itself in the middle). All
 * channels have the same size. A one-channel stack is the plain 2-D crop.
 */
public record CropStack(List<FloatImage> channels) {
  public CropStack {
    channels = List.copyOf(channels);
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("a crop needs at least one channel");
    }
    FloatImage first = channels.get(0);
    for (FloatImage c : channels) {
      if (c.width() != first.width() || c.height() != first.height()) {
        throw new IllegalArgumentException("channels of one crop differ in size: " + c.width() + "x" + c.height()
            + " and " + first.width() + "x" + first.height());
      }
    }
  }

  /** A crop of one channel. */
  public static CropStack single(FloatImage image) {
    return new CropStack(List.of(image));
  }

  /** One-channel crops of these images, in order. */
  public static List<CropStack> singles(List<FloatImage> images) {
    return images.stream().map(CropStack::single).toList();
  }

  public int count() {
    return channels.size();
  }

  public FloatImage channel(int c) {
    return channels.get(c);
  }

  /** The slice the crop is of (the middle channel); its neighbours are context. */
  public FloatImage centre() {
    return channels.get(channels.size() / 2);
  }

  public int width() {
    return channels.get(0).width();
  }

  public int height() {
    return channels.get(0).height();
  }

  /** The centre channel of each crop: the series' own slices, from which its intensity scale is taken. */
  public static List<FloatImage> centres(List<CropStack> crops) {
    return crops.stream().map(CropStack::centre).toList();
  }
}
