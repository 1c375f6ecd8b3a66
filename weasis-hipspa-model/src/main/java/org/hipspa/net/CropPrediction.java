package org.hipspa.net;

import org.hipspa.segment.Structure;

import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;

/** The network's answer for one crop: per structure a probability map (0..1) and its thresholded mask. */
public record CropPrediction(List<FloatImage> probabilities, List<BinaryMask> masks) {
  public CropPrediction {
    if (probabilities.size() != Structure.count() || masks.size() != Structure.count()) {
      throw new IllegalArgumentException("one map and one mask per structure expected");
    }
    probabilities = List.copyOf(probabilities);
    masks = List.copyOf(masks);
  }

  public FloatImage probability(Structure s) {
    return probabilities.get(s.channel());
  }

  public BinaryMask mask(Structure s) {
    return masks.get(s.channel());
  }
}
