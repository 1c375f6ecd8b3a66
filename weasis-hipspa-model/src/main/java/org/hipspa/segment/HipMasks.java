package org.hipspa.segment;

import java.util.Objects;
import org.hipspa.image.BinaryMask;

/** One hip's masks on one slice, in full-slice pixel coordinates. */
public record HipMasks(BinaryMask femoralHead, BinaryMask bme, BinaryMask effusion) {

  public HipMasks {
    Objects.requireNonNull(femoralHead);
    Objects.requireNonNull(bme);
    Objects.requireNonNull(effusion);
    if (!sameSize(femoralHead, bme) || !sameSize(femoralHead, effusion)) {
      throw new IllegalArgumentException("a hip's masks must share one size");
    }
  }

  public static HipMasks empty(int width, int height) {
    return new HipMasks(new BinaryMask(width, height), new BinaryMask(width, height), new BinaryMask(width, height));
  }

  public BinaryMask get(Structure structure) {
    return switch (structure) {
      case FEMORAL_HEAD -> femoralHead;
      case BME -> bme;
      case EFFUSION -> effusion;
    };
  }

  /** Inflammatory lesions: BME or effusion/synovitis, each pixel counted once. */
  public BinaryMask lesions() {
    return bme.or(effusion);
  }

  private static boolean sameSize(BinaryMask a, BinaryMask b) {
    return a.width() == b.width() && a.height() == b.height();
  }
}
