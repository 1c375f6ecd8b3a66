package org.hipspa.image;

/**
 * Where a slice lies in the patient: the centre of its first transmitted pixel (DICOM
 * ImagePositionPatient), the unit directions of increasing column and row (the two halves of
 * ImageOrientationPatient), and the pixel spacing. {@code spacingX} is between columns
 * (PixelSpacing[1]), {@code spacingY} between rows (PixelSpacing[0]).
 */
public record SliceGeometry(
    Vec3 position, Vec3 rowDirection, Vec3 columnDirection, double spacingX, double spacingY) {

  public SliceGeometry {
    if (!(spacingX > 0) || !(spacingY > 0)) {
      throw new IllegalArgumentException("pixel spacing must be positive");
    }
    rowDirection = rowDirection.normalized();
    columnDirection = columnDirection.normalized();
  }

  /** The slice normal, row direction x column direction. */
  public Vec3 normal() {
    return rowDirection.cross(columnDirection).normalized();
  }

  /** Patient coordinates (mm) of the centre of pixel (x = column, y = row); fractions allowed. */
  public Vec3 toPatient(double x, double y) {
    return position.plus(rowDirection.times(x * spacingX)).plus(columnDirection.times(y * spacingY));
  }

  /** The same geometry moved to another position, for the slices of a stack. */
  public SliceGeometry at(Vec3 newPosition) {
    return new SliceGeometry(newPosition, rowDirection, columnDirection, spacingX, spacingY);
  }
}
