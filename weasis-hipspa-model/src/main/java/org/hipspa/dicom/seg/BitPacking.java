package org.hipspa.dicom.seg;

import java.util.List;
import org.hipspa.image.BinaryMask;

/**
 * BINARY segmentation pixel data (PS3.5 8.1.1, PS3.3 C.8.20.2): one bit per pixel, the first pixel
 * in the least significant bit, and frames packed one after another without padding, so a frame
 * whose rows x columns is not a multiple of 8 starts in the middle of a byte. Only the end of the
 * whole value is padded, to an even length.
 */
public final class BitPacking {
  private BitPacking() {}

  public static byte[] pack(List<BinaryMask> frames) {
    if (frames.isEmpty()) {
      return new byte[0];
    }
    int width = frames.get(0).width();
    int height = frames.get(0).height();
    long pixelsPerFrame = (long) width * height;
    long totalBits = pixelsPerFrame * frames.size();
    long bytes = (totalBits + 7) / 8;
    bytes += bytes % 2;
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("segmentation too large to encode in one object");
    }
    byte[] out = new byte[(int) bytes];
    long bit = 0;
    for (BinaryMask mask : frames) {
      if (mask.width() != width || mask.height() != height) {
        throw new IllegalArgumentException("frames differ in size");
      }
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++, bit++) {
          if (mask.get(x, y)) {
            out[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
          }
        }
      }
    }
    return out;
  }

  /** Frame {@code frameIndex} (from 0) of packed data with frames of width x height. */
  public static BinaryMask unpack(byte[] data, int frameIndex, int width, int height) {
    long start = (long) frameIndex * width * height;
    long end = start + (long) width * height;
    if ((end + 7) / 8 > data.length) {
      throw new IllegalArgumentException("pixel data too short for frame " + (frameIndex + 1));
    }
    BinaryMask mask = new BinaryMask(width, height);
    long bit = start;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++, bit++) {
        if ((data[(int) (bit >>> 3)] & (1 << (bit & 7))) != 0) {
          mask.set(x, y, true);
        }
      }
    }
    return mask;
  }
}
