package org.hipspa.image;

/** A vector in DICOM patient coordinates (LPS, millimetres). */
public record Vec3(double x, double y, double z) {

  public static Vec3 of(double[] xyz) {
    if (xyz == null || xyz.length < 3) {
      throw new IllegalArgumentException("need three coordinates");
    }
    return new Vec3(xyz[0], xyz[1], xyz[2]);
  }

  public Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  public Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  public Vec3 times(double s) {
    return new Vec3(x * s, y * s, z * s);
  }

  public double dot(Vec3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  public Vec3 cross(Vec3 o) {
    return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  public double length() {
    return Math.sqrt(dot(this));
  }

  public Vec3 normalized() {
    double len = length();
    if (len == 0) {
      throw new IllegalArgumentException("zero vector has no direction");
    }
    return times(1 / len);
  }

  public double[] toArray() {
    return new double[] {x, y, z};
  }
}
