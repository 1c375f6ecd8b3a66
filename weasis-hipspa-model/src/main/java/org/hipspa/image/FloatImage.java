package org.hipspa.image;

import java.util.Arrays;

/** One slice's pixel values as floats (after the modality rescale), row-major, x = column, y = row. */
public final class FloatImage {
  private final int width;
  private final int height;
  private final float[] values;

  public FloatImage(int width, int height, float[] values) {
    if (width <= 0 || height <= 0 || values.length != width * height) {
      throw new IllegalArgumentException(
          "image of " + width + "x" + height + " needs " + width * height + " values, got " + values.length);
    }
    this.width = width;
    this.height = height;
    this.values = values;
  }

  public FloatImage(int width, int height) {
    this(width, height, new float[width * height]);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public float get(int x, int y) {
    return values[y * width + x];
  }

  public void set(int x, int y, float value) {
    values[y * width + x] = value;
  }

  /** The backing array, row-major; callers that change it change this image. */
  public float[] values() {
    return values;
  }

  public FloatImage copy() {
    return new FloatImage(width, height, values.clone());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FloatImage other
        && width == other.width
        && height == other.height
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * width + height) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FloatImage[" + width + "x" + height + "]";
  }
}
