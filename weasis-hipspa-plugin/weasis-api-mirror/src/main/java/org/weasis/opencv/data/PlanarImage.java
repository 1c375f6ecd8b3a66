package org.weasis.opencv.data;

/**
 * Mirror of Weasis 4.7.2's {@code org.weasis.opencv.data.PlanarImage} (weasis-core-img, the OpenCV image interface
 * Weasis exports): the members the plugin uses to copy stored pixel values. {@code type()} is an OpenCV type code
 * (depth in its low 3 bits: 0 8U, 1 8S, 2 16U, 3 16S, 4 32S, 5 32F, 6 64F); {@code get} copies pixels from (row,
 * column) on into the array, row after row, as OpenCV's {@code Mat.get} does, and returns the count copied in bytes.
 */
public interface PlanarImage {

  int width();

  int height();

  int channels();

  int type();

  int get(int row, int column, byte[] data);

  int get(int row, int column, short[] data);

  int get(int row, int column, int[] data);

  int get(int row, int column, float[] data);

  int get(int row, int column, double[] data);
}
