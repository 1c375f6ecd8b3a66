package org.hipspa.train;

import java.util.List;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.net.CropStack;
import org.hipspa.segment.Structure;

/**
 * One training crop: 128 wide x 160 tall raw intensities around one femoral head, in the network's
 * input channels (the slice, and with context slices its neighbours under the same box), and the
 * ground truth of each {@link Structure} on the slice itself. {@code patientId} decides the
 * cross-validation fold (never the slice), {@code seriesId} the intensity normalisation; {@code label}
 * says which slice and hip it is.
 */
public record CropSample(String patientId, String seriesId, String label, CropStack input, List<BinaryMask> masks) {
  public CropSample {
    if (input.width() != CropContract.WIDTH || input.height() != CropContract.HEIGHT) {
      throw new IllegalArgumentException("crop must be " + CropContract.WIDTH + "x" + CropContract.HEIGHT + ": " + input.centre());
    }
    if (masks.size() != Structure.count()) {
      throw new IllegalArgumentException("one mask per structure expected, got " + masks.size());
    }
    for (BinaryMask m : masks) {
      if (m.width() != input.width() || m.height() != input.height()) {
        throw new IllegalArgumentException("mask " + m + " does not match crop " + input.centre());
      }
    }
    masks = List.copyOf(masks);
  }

  public CropSample(String patientId, String seriesId, String label, CropStack input,
      BinaryMask femoralHead, BinaryMask bme, BinaryMask effusion) {
    this(patientId, seriesId, label, input, List.of(femoralHead, bme, effusion));
  }

  /** A one-channel crop (the plain 2-D input). */
  public CropSample(String patientId, String seriesId, String label, FloatImage image,
      BinaryMask femoralHead, BinaryMask bme, BinaryMask effusion) {
    this(patientId, seriesId, label, CropStack.single(image), List.of(femoralHead, bme, effusion));
  }

  /** The crop of the slice itself, whose truth the masks are. */
  public FloatImage centre() {
    return input.centre();
  }

  public int channels() {
    return input.count();
  }

  public BinaryMask mask(Structure s) {
    return masks.get(s.channel());
  }
}
