package org.hipspa.train;

import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.segment.Structure;

/**
 * One training crop: 128 wide x 160 tall raw intensities around one femoral head, and the ground
 * truth of each {@link Structure}. {@code patientId} decides the cross-validation fold (never the
 * slice), {@code seriesId} the intensity normalisation; {@code label} says which slice and hip it is.
 */
public record CropSample(String patientId, String seriesId, String label, FloatImage image, List<BinaryMask> masks) {
  public CropSample {
    if (image.width() != CropContract.WIDTH || image.height() != CropContract.HEIGHT) {
      throw new IllegalArgumentException("crop must be " + CropContract.WIDTH + "x" + CropContract.HEIGHT + ": " + image);
    }
    if (masks.size() != Structure.count()) {
      throw new IllegalArgumentException("one mask per structure expected, got " + masks.size());
    }
    for (BinaryMask m : masks) {
      if (m.width() != image.width() || m.height() != image.height()) {
        throw new IllegalArgumentException("mask " + m + " does not match crop " + image);
      }
    }
    masks = List.copyOf(masks);
  }

  public CropSample(String patientId, String seriesId, String label, FloatImage image,
      BinaryMask femoralHead, BinaryMask bme, BinaryMask effusion) {
    this(patientId, seriesId, label, image, List.of(femoralHead, bme, effusion));
  }

  public BinaryMask mask(Structure s) {
    return masks.get(s.channel());
  }
}
