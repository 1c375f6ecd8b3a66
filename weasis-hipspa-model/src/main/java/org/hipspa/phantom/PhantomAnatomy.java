package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

/**
 * One patient's anatomy in the anatomy frame: millimetres, axes as DICOM LPS (x to the patient's left,
 * y posterior, z towards the head), origin midway between the two femoral head centres. Sizes and
 * angles are drawn from the seed within adult ranges; the pose (see {@link PhantomPose}) places this
 * frame in the scanner.
 */
final class PhantomAnatomy {

  /** The proximal femur and acetabulum of one side. */
  static final class Hip {
    final HipSide side;
    final int s;
    /** Femoral head centre and radii (a near-sphere, slightly flattened or elongated). */
    final double[] centre;
    final double radius;
    final double rx;
    final double ry;
    final double rz;
    /** Unit vector along the neck from the head centre towards the shaft (lateral, down, back). */
    final double[] neckAxis;
    /** Where the neck axis meets the shaft axis. */
    final double[] junction;
    /** Unit vector down the shaft. */
    final double[] shaftAxis;
    final double neckLength;
    final double neckRadius;
    final double shaftRadius;
    final double neckShaftAngleDegrees;
    final double antetorsionDegrees;
    /** Cartilage plus joint space between the head and the acetabular socket. */
    final double jointGap;
    /** Unit vector of the acetabular opening (lateral, down, forward). */
    final double[] acetabularAxis;
    final double acetabularInclinationDegrees;

    Hip(HipSide side, PhantomRandom r, double halfDistance, double headRadius) {
      this.side = side;
      this.s = side.sign();
      this.centre = new double[] {s * halfDistance, r.uniform(-2, 2), r.uniform(-2.5, 2.5)};
      this.radius = headRadius;
      this.rx = headRadius * r.uniform(0.98, 1.03);
      this.ry = headRadius * r.uniform(0.98, 1.03);
      this.rz = headRadius * r.uniform(0.96, 1.01);
      this.neckShaftAngleDegrees = r.uniform(124, 138);
      this.antetorsionDegrees = r.uniform(6, 20);
      this.neckLength = headRadius * r.uniform(2.1, 2.45);
      this.neckRadius = headRadius * r.uniform(0.62, 0.70);
      this.shaftRadius = headRadius * r.uniform(0.55, 0.62);
      this.jointGap = r.uniform(2.2, 3.0);
      this.acetabularInclinationDegrees = r.uniform(48, 56);
      double adduction = Math.toRadians(r.uniform(5, 9));
      this.shaftAxis = new double[] {-s * StrictMath.sin(adduction), 0, -StrictMath.cos(adduction)};
      // From the junction towards the head: the upward shaft axis turned medially by 180 - neck-shaft angle.
      double fromVertical = adduction - Math.toRadians(180 - neckShaftAngleDegrees);
      double vx = s * StrictMath.sin(fromVertical);
      double vz = StrictMath.cos(fromVertical);
      double av = Math.toRadians(antetorsionDegrees);
      double[] toHead = norm(vx * StrictMath.cos(av), -Math.abs(vx) * StrictMath.sin(av), vz);
      this.neckAxis = new double[] {-toHead[0], -toHead[1], -toHead[2]};
      this.junction = add(centre, neckAxis, neckLength);
      double inc = Math.toRadians(acetabularInclinationDegrees);
      double aav = Math.toRadians(r.uniform(14, 22));
      this.acetabularAxis = norm(s * StrictMath.cos(inc) * StrictMath.cos(aav), -StrictMath.sin(aav) * 0.8,
          -StrictMath.sin(inc));
    }

    /** The point at the given offsets (mm) along lateral (+ away from the midline), y and z. */
    double[] offset(double lateral, double y, double z) {
      return new double[] {centre[0] + s * lateral, centre[1] + y, centre[2] + z};
    }

    double[] alongShaft(double distance, double lateral, double y) {
      double[] p = add(junction, shaftAxis, distance);
      return new double[] {p[0] + s * lateral, p[1] + y, p[2]};
    }

    /** Distance of the head-neck junction plane from the head centre along the neck axis. */
    double headCut() {
      return Math.sqrt(radius * radius - neckRadius * neckRadius);
    }
  }

  final Hip right;
  final Hip left;
  final double bodyWidthScale;
  final double fatScale;
  final double thighRadius;
  final double[] bladderCentre;
  final double[] bladderRadii;
  final double pelvicCavityHalfWidth;
  final double iliacFlareDegrees;
  /** Tissue signal levels relative to muscle (STIR: fat and fatty marrow suppressed, fluid bright). */
  final double fat;
  final double muscle;
  final double femoralMarrow;
  final double pelvicMarrow;
  final double cortex;
  final double cartilage;
  final double urine;
  final double vein;
  final double artery;
  final double fluid;
  final double bowelContent;

  PhantomAnatomy(PhantomRandom r) {
    double halfDistance = r.uniform(84, 94);
    double headRight = r.uniform(21.5, 26);
    double headLeft = headRight * r.uniform(0.94, 1.06);
    this.right = new Hip(HipSide.RIGHT, r, halfDistance, headRight);
    this.left = new Hip(HipSide.LEFT, r, halfDistance, headLeft);
    this.bodyWidthScale = r.uniform(0.92, 1.08);
    this.fatScale = r.uniform(0.6, 1.7);
    this.thighRadius = r.uniform(78, 92) * bodyWidthScale;
    double fill = r.uniform(0.5, 1.05);
    this.bladderRadii = new double[] {r.uniform(32, 44) * fill, r.uniform(26, 36) * fill, r.uniform(24, 38) * fill};
    this.bladderCentre = new double[] {r.uniform(-4, 4), r.uniform(-20, -10), -4 + bladderRadii[2] * 0.9};
    this.pelvicCavityHalfWidth = halfDistance - 54;
    this.iliacFlareDegrees = r.uniform(24, 34);
    this.fat = r.uniform(0.17, 0.26);
    this.muscle = 1.0;
    this.femoralMarrow = r.uniform(0.33, 0.45);
    this.pelvicMarrow = r.uniform(0.45, 0.58);
    this.cortex = 0.03;
    this.cartilage = r.uniform(0.85, 1.05);
    this.urine = r.uniform(3.0, 3.5);
    this.vein = r.uniform(1.7, 2.3);
    this.artery = r.uniform(0.9, 1.5);
    this.fluid = r.uniform(2.8, 3.2);
    this.bowelContent = r.uniform(1.0, 1.9);
  }

  Hip hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }

  static double[] add(double[] p, double[] dir, double t) {
    return new double[] {p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t};
  }

  static double[] norm(double x, double y, double z) {
    double l = Math.sqrt(x * x + y * y + z * z);
    return new double[] {x / l, y / l, z / l};
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }
}
