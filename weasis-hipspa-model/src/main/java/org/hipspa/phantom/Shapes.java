package org.hipspa.phantom;

import java.util.List;

/** The primitives the phantom anatomy is built from, and ways to combine them. */
final class Shapes {
  private Shapes() {}

  static double smin(double a, double b, double k) {
    if (k <= 0) {
      return Math.min(a, b);
    }
    double h = Math.max(k - Math.abs(a - b), 0) / k;
    return Math.min(a, b) - h * h * k * 0.25;
  }

  static double smoothstep(double e0, double e1, double x) {
    double t = (x - e0) / (e1 - e0);
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    return t * t * (3 - 2 * t);
  }

  static double clamp01(double t) {
    return t < 0 ? 0 : t > 1 ? 1 : t;
  }

  static Shape sphere(double cx, double cy, double cz, double r) {
    Box box = Box.around(cx, cy, cz, r);
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double dx = x - cx;
        double dy = y - cy;
        double dz = z - cz;
        return Math.sqrt(dx * dx + dy * dy + dz * dz) - r;
      }

      @Override
      public Box bounds() {
        return box;
      }
    };
  }

  /** An axis-aligned ellipsoid (Quilez's bound, close to exact near the surface). */
  static Shape ellipsoid(double cx, double cy, double cz, double rx, double ry, double rz) {
    Box box = new Box(cx - rx, cy - ry, cz - rz, cx + rx, cy + ry, cz + rz);
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double px = (x - cx) / rx;
        double py = (y - cy) / ry;
        double pz = (z - cz) / rz;
        double k0 = Math.sqrt(px * px + py * py + pz * pz);
        double qx = px / rx;
        double qy = py / ry;
        double qz = pz / rz;
        double k1 = Math.sqrt(qx * qx + qy * qy + qz * qz);
        return k1 == 0 ? -Math.min(rx, Math.min(ry, rz)) : k0 * (k0 - 1) / k1;
      }

      @Override
      public Box bounds() {
        return box;
      }
    };
  }

  /** A cone with rounded ends from point a (radius ra) to point b (radius rb); equal radii give a capsule. */
  static Shape roundCone(double[] a, double[] b, double ra, double rb) {
    double bax = b[0] - a[0];
    double bay = b[1] - a[1];
    double baz = b[2] - a[2];
    double l2 = bax * bax + bay * bay + baz * baz;
    double rr = ra - rb;
    double a2 = l2 - rr * rr;
    double il2 = 1.0 / l2;
    double rmax = Math.max(ra, rb);
    Box box = new Box(Math.min(a[0], b[0]) - rmax, Math.min(a[1], b[1]) - rmax, Math.min(a[2], b[2]) - rmax,
        Math.max(a[0], b[0]) + rmax, Math.max(a[1], b[1]) + rmax, Math.max(a[2], b[2]) + rmax);
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double pax = x - a[0];
        double pay = y - a[1];
        double paz = z - a[2];
        double yy = pax * bax + pay * bay + paz * baz;
        double zz = yy - l2;
        double cx = pax * l2 - bax * yy;
        double cy = pay * l2 - bay * yy;
        double cz = paz * l2 - baz * yy;
        double x2 = cx * cx + cy * cy + cz * cz;
        double y2 = yy * yy * l2;
        double z2 = zz * zz * l2;
        double k = Math.signum(rr) * rr * rr * x2;
        if (Math.signum(zz) * a2 * z2 > k) {
          return Math.sqrt(x2 + z2) * il2 - rb;
        }
        if (Math.signum(yy) * a2 * y2 < k) {
          return Math.sqrt(x2 + y2) * il2 - ra;
        }
        return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - ra;
      }

      @Override
      public Box bounds() {
        return box;
      }
    };
  }

  /** A chain of round cones through the points, for tubes such as vessels. */
  static Shape tube(double[][] points, double[] radii) {
    Shape[] parts = new Shape[points.length - 1];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = roundCone(points[i], points[i + 1], radii[i], radii[i + 1]);
    }
    return union(0, parts);
  }

  /**
   * A smooth union that evaluates only the parts whose box is near the point; a part further away counts
   * as the margin, which is safe because coverage and blending only look closer than that.
   */
  static Shape union(double k, Shape... parts) {
    double margin = k + 4;
    Box[] boxes = new Box[parts.length];
    Box all = null;
    for (int i = 0; i < parts.length; i++) {
      boxes[i] = parts[i].bounds().grow(margin);
      all = all == null ? parts[i].bounds() : all.union(parts[i].bounds());
    }
    Box total = all;
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double d = margin;
        for (int i = 0; i < parts.length; i++) {
          if (boxes[i].contains(x, y, z)) {
            d = smin(d, parts[i].sdf(x, y, z), k);
          }
        }
        return d;
      }

      @Override
      public Box bounds() {
        return total;
      }
    };
  }

  static Shape union(double k, List<Shape> parts) {
    return union(k, parts.toArray(new Shape[0]));
  }

  /** The part of {@code a} outside {@code b}. */
  static Shape subtract(Shape a, Shape b) {
    Box bb = b.bounds().grow(4);
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double d = a.sdf(x, y, z);
        return bb.contains(x, y, z) ? Math.max(d, -b.sdf(x, y, z)) : d;
      }

      @Override
      public Box bounds() {
        return a.bounds();
      }
    };
  }

  /** The part of {@code a} inside {@code b}. */
  static Shape intersect(Shape a, Shape b) {
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        return Math.max(a.sdf(x, y, z), b.sdf(x, y, z));
      }

      @Override
      public Box bounds() {
        return a.bounds();
      }
    };
  }

  /** The half-space where (p - point) . normal <= 0; normal must be a unit vector. */
  static Shape halfSpace(double[] point, double[] normal) {
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        return (x - point[0]) * normal[0] + (y - point[1]) * normal[1] + (z - point[2]) * normal[2];
      }

      @Override
      public Box bounds() {
        return Box.EVERYWHERE;
      }
    };
  }
}
