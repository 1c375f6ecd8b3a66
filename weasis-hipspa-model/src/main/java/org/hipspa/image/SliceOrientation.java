package org.hipspa.image;

/**
 * The plane of a series and how far its normal tilts away from that plane's patient axis. A series
 * tilted by more than {@link #OBLIQUE_DEGREES} is called oblique ("axial oblique").
 */
public record SliceOrientation(Plane plane, double tiltDegrees) {

  public static final double OBLIQUE_DEGREES = 3.0;

  public static SliceOrientation fromNormal(Vec3 normal) {
    Vec3 n = normal.normalized();
    double ax = Math.abs(n.x());
    double ay = Math.abs(n.y());
    double az = Math.abs(n.z());
    Plane plane;
    double cosine;
    if (ax >= ay && ax >= az) {
      plane = Plane.SAGITTAL;
      cosine = ax;
    } else if (ay >= az) {
      plane = Plane.CORONAL;
      cosine = ay;
    } else {
      plane = Plane.AXIAL;
      cosine = az;
    }
    return new SliceOrientation(plane, Math.toDegrees(Math.acos(Math.min(1.0, cosine))));
  }

  public boolean isOblique() {
    return tiltDegrees > OBLIQUE_DEGREES;
  }

  /** For example "coronal" or "axial oblique (7.7°)". */
  public String describe() {
    return isOblique()
        ? String.format(java.util.Locale.ROOT, "%s oblique (%.1f°)", plane.label(), tiltDegrees)
        : plane.label();
  }
}
