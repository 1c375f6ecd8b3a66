package org.hipspa.image;

import java.util.BitSet;

/** A binary mask over one slice, x = column, y = row. */
public final class BinaryMask {
  private final int width;
  private final int height;
  private final BitSet bits;

  public BinaryMask(int width, int height) {
    this(width, height, new BitSet(width * height));
  }

  private BinaryMask(int width, int height, BitSet bits) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("mask size must be positive: " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.bits = bits;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public boolean get(int x, int y) {
    return bits.get(y * width + x);
  }

  public void set(int x, int y, boolean on) {
    bits.set(y * width + x, on);
  }

  public int count() {
    return bits.cardinality();
  }

  public boolean isEmpty() {
    return bits.isEmpty();
  }

  public BinaryMask copy() {
    return new BinaryMask(width, height, (BitSet) bits.clone());
  }

  public BinaryMask and(BinaryMask other) {
    requireSameSize(other);
    BitSet result = (BitSet) bits.clone();
    result.and(other.bits);
    return new BinaryMask(width, height, result);
  }

  public BinaryMask or(BinaryMask other) {
    requireSameSize(other);
    BitSet result = (BitSet) bits.clone();
    result.or(other.bits);
    return new BinaryMask(width, height, result);
  }

  public BinaryMask andNot(BinaryMask other) {
    requireSameSize(other);
    BitSet result = (BitSet) bits.clone();
    result.andNot(other.bits);
    return new BinaryMask(width, height, result);
  }

  /** Sum of the image's values under this mask. */
  public double sumOf(FloatImage image) {
    if (image.width() != width || image.height() != height) {
      throw new IllegalArgumentException("image and mask differ in size");
    }
    float[] v = image.values();
    double sum = 0;
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      sum += v[i];
    }
    return sum;
  }

  private void requireSameSize(BinaryMask other) {
    if (other.width != width || other.height != height) {
      throw new IllegalArgumentException(
          "masks differ in size: " + width + "x" + height + " and " + other.width + "x" + other.height);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BinaryMask other
        && width == other.width
        && height == other.height
        && bits.equals(other.bits);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * width + height) + bits.hashCode();
  }

  @Override
  public String toString() {
    return "BinaryMask[" + width + "x" + height + ", " + count() + " on]";
  }
}
