package org.hipspa.phantom;

import org.hipspa.image.Vec3;

/**
 * Places the anatomy frame in patient coordinates: p = translation + scale * R * q, with R a small
 * rotation (roll about y, the coronal in-plane tilt; then pitch about x and yaw about z).
 */
final class PhantomPose {
  final double rollDegrees;
  final double pitchDegrees;
  final double yawDegrees;
  final double scale;
  final double[] translation;
  /** Rows of R. */
  private final double[][] m;

  PhantomPose(double rollDegrees, double pitchDegrees, double yawDegrees, double scale, double[] translation) {
    this.rollDegrees = rollDegrees;
    this.pitchDegrees = pitchDegrees;
    this.yawDegrees = yawDegrees;
    this.scale = scale;
    this.translation = translation.clone();
    double[][] ry = rot(1, Math.toRadians(rollDegrees));
    double[][] rx = rot(0, Math.toRadians(pitchDegrees));
    double[][] rz = rot(2, Math.toRadians(yawDegrees));
    this.m = mul(rz, mul(rx, ry));
  }

  static PhantomPose draw(PhantomRandom r, Difficulty d) {
    return new PhantomPose(
        r.uniform(-d.rollDegrees, d.rollDegrees),
        r.uniform(-d.tiltDegrees, d.tiltDegrees),
        r.uniform(-d.tiltDegrees, d.tiltDegrees),
        1 + r.uniform(-d.scaleSpread, d.scaleSpread),
        new double[] {r.uniform(-d.shiftMm, d.shiftMm), r.uniform(-d.shiftYMm, d.shiftYMm),
            r.uniform(-d.shiftMm, d.shiftMm)});
  }

  /** Anatomy frame to patient coordinates. */
  Vec3 toPatient(double[] q) {
    return new Vec3(
        translation[0] + scale * (m[0][0] * q[0] + m[0][1] * q[1] + m[0][2] * q[2]),
        translation[1] + scale * (m[1][0] * q[0] + m[1][1] * q[1] + m[1][2] * q[2]),
        translation[2] + scale * (m[2][0] * q[0] + m[2][1] * q[1] + m[2][2] * q[2]));
  }

  /** Patient coordinates to the anatomy frame, into {@code out}. */
  void toAnatomy(double px, double py, double pz, double[] out) {
    double x = (px - translation[0]) / scale;
    double y = (py - translation[1]) / scale;
    double z = (pz - translation[2]) / scale;
    out[0] = m[0][0] * x + m[1][0] * y + m[2][0] * z;
    out[1] = m[0][1] * x + m[1][1] * y + m[2][1] * z;
    out[2] = m[0][2] * x + m[1][2] * y + m[2][2] * z;
  }

  /** A direction (no translation, no scale) from patient coordinates to the anatomy frame. */
  void directionToAnatomy(double px, double py, double pz, double[] out) {
    out[0] = (m[0][0] * px + m[1][0] * py + m[2][0] * pz) / scale;
    out[1] = (m[0][1] * px + m[1][1] * py + m[2][1] * pz) / scale;
    out[2] = (m[0][2] * px + m[1][2] * py + m[2][2] * pz) / scale;
  }

  private static double[][] rot(int axis, double a) {
    double c = StrictMath.cos(a);
    double s = StrictMath.sin(a);
    return switch (axis) {
      case 0 -> new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
      case 1 -> new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
      default -> new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    };
  }

  private static double[][] mul(double[][] a, double[][] b) {
    double[][] c = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
      }
    }
    return c;
  }
}
