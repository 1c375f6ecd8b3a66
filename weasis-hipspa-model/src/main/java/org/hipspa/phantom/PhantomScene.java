package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import static org.hipspa.phantom.PhantomAnatomy.cross;
import static org.hipspa.phantom.PhantomAnatomy.norm;
import static org.hipspa.phantom.Shapes.ellipsoid;
import static org.hipspa.phantom.Shapes.roundCone;
import static org.hipspa.phantom.Shapes.smoothstep;
import static org.hipspa.phantom.Shapes.sphere;
import static org.hipspa.phantom.Shapes.union;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The anatomy as an ordered list of tissue layers (a solid plus the signal inside it; later layers lie on
 * top) and the ground-truth solids, all in the anatomy frame. Signal is relative to muscle at STIR
 * contrast: fat and fatty marrow suppressed, fluid bright, cortex black.
 */
final class PhantomScene {

  /** The signal inside a layer at a point, given the layer's signed distance there. */
  interface Material {
    double value(double x, double y, double z, double d);
  }

  record Layer(String name, Shape shape, Material material, Box bounds) {}

  /** What the ground truth of one hip is made of. */
  record HipTruthSolids(Shape head, Shape effusion, Shape femur, Shape pelvis, List<EdemaField> edema,
      CortexThickness femurCortex, CortexThickness pelvisCortex) {}

  interface CortexThickness {
    double at(double x, double y, double z);
  }

  final List<Layer> layers = new ArrayList<>();
  final Map<HipSide, HipTruthSolids> truth = new EnumMap<>(HipSide.class);
  private final PhantomAnatomy a;
  private final ValueNoise texture;
  private final ValueNoise fibres;
  private final ValueNoise bowel;

  PhantomScene(PhantomAnatomy anatomy, List<EdemaField> edema, Map<HipSide, Double> effusionMm,
      double bmeSignal, long textureSeed) {
    this.a = anatomy;
    this.texture = new ValueNoise(textureSeed);
    this.fibres = new ValueNoise(textureSeed + 1);
    this.bowel = new ValueNoise(textureSeed + 2);

    Shape body = body();
    add("body", body, (x, y, z, d) -> d > -2.2 ? a.fat + (0.45 - a.fat) * smoothstep(-2.2, -0.6, d) : a.fat);
    Shape muscle = muscleCompartment(body);
    add("muscle", muscle, this::muscleSignal);
    add("pelvic cavity", pelvicCavity(), this::cavitySignal);
    Shape rectum = Shapes.tube(new double[][] {{0, 58, 60}, {-4, 50, 10}, {0, 42, -40}}, new double[] {14, 17, 12});
    add("rectum", rectum, (x, y, z, d) -> d > -3.5 ? 0.8 : 0.5 + 0.9 * bowel.at(x / 9, y / 9, z / 9));
    for (HipSide side : HipSide.values()) {
      add("psoas " + side.label(), psoas(a.hip(side)), this::muscleSignal);
      add("piriformis " + side.label(), piriformis(a.hip(side)), this::muscleSignal);
    }
    Shape bladder = ellipsoid(a.bladderCentre[0], a.bladderCentre[1], a.bladderCentre[2], a.bladderRadii[0],
        a.bladderRadii[1], a.bladderRadii[2]);
    add("bladder", bladder, (x, y, z, d) -> d > -2.0 ? 0.7 : a.urine);
    Shape pelvicOrgans = ellipsoid(0, a.bladderCentre[1] + 12, -30, 21, 19, 17);
    add("pelvic organs", pelvicOrgans, (x, y, z, d) -> 0.75 + 0.35 * texture.at(x / 5, y / 5, z / 5));
    for (HipSide side : HipSide.values()) {
      PhantomAnatomy.Hip h = a.hip(side);
      add("femoral vein " + side.label(), vessel(h, 9, 5.5), (x, y, z, d) -> a.vein);
      add("femoral artery " + side.label(), vessel(h, 19, 4.0), (x, y, z, d) -> a.artery);
    }

    List<EdemaField> noEdema = List.of();
    for (HipSide side : HipSide.values()) {
      PhantomAnatomy.Hip h = a.hip(side);
      add("joint " + side.label(), sphere(h.centre[0], h.centre[1], h.centre[2], h.radius + h.jointGap + 0.4),
          (x, y, z, d) -> a.cartilage);
      List<EdemaField> mine = new ArrayList<>();
      for (EdemaField e : edema) {
        if (e.side == side) {
          mine.add(e);
        }
      }
      List<EdemaField> femoralEdema = mine.stream().filter(e -> e.site != BmeSite.ACETABULUM).toList();
      List<EdemaField> acetabularEdema = mine.stream().filter(e -> e.site == BmeSite.ACETABULUM).toList();
      Shape pelvis = pelvis(h);
      Shape femur = femur(h);
      Shape head = headSolid(h);
      double t = effusionMm.getOrDefault(side, 0.0);
      Shape effusion = t > 0 ? effusion(h, t, pelvis) : null;
      if (effusion != null) {
        add("effusion " + side.label(), effusion, (x, y, z, d) -> a.fluid);
      }
      CortexThickness pelvisCortex = (x, y, z) -> 1.6;
      CortexThickness femurCortex = femurCortex(h);
      add("pelvis " + side.label(), pelvis, bone(a.pelvicMarrow, pelvisCortex, acetabularEdema, bmeSignal));
      add("femur " + side.label(), femur, bone(a.femoralMarrow, femurCortex, femoralEdema, bmeSignal));
      truth.put(side, new HipTruthSolids(head, effusion, femur, pelvis, mine, femurCortex, pelvisCortex));
    }
    add("sacrum", sacrum(), bone(0.42, (x, y, z) -> 1.6, noEdema, bmeSignal));
  }

  private void add(String name, Shape shape, Material material) {
    layers.add(new Layer(name, shape, material, shape.bounds()));
  }

  // ---- soft tissue -------------------------------------------------------------------------------

  private double halfWidth(double z) {
    double w = 150 + 28 * (1 - smoothstep(20, 140, z)) - 10 * (1 - smoothstep(-90, 10, z));
    return w * a.bodyWidthScale;
  }

  private Shape body() {
    double depth = 120 * a.bodyWidthScale;
    double thigh = a.thighRadius;
    Shape trunk = new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double w = halfWidth(z);
        double u = x / w;
        double v = (y - 10) / depth;
        double u2 = u * u;
        double v2 = v * v;
        double rho = Math.sqrt(Math.sqrt(u2 * u2 + v2 * v2));
        double dxy = (rho - 1) * Math.min(w, depth);
        double bottom = -70 - 8 * smoothstep(0, 60, Math.abs(x)) - z;
        return Math.max(dxy, bottom);
      }

      @Override
      public Box bounds() {
        return new Box(-200, -140, -90, 200, 160, 400);
      }
    };
    List<Shape> parts = new ArrayList<>();
    parts.add(trunk);
    for (HipSide side : HipSide.values()) {
      int s = side.sign();
      double cx = s * (a.hip(side).centre[0] * s + 10) * a.bodyWidthScale;
      parts.add(roundCone(new double[] {cx, 8, -30}, new double[] {cx - s * 12, 8, -420}, thigh, thigh * 0.9));
    }
    return union(40, parts);
  }

  private double fatThickness(double x, double z) {
    return a.fatScale * (10 + 13 * smoothstep(95, 165, Math.abs(x)) + 6 * smoothstep(60, 160, z));
  }

  private Shape muscleCompartment(Shape body) {
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        return body.sdf(x, y, z) + fatThickness(x, z);
      }

      @Override
      public Box bounds() {
        return body.bounds();
      }
    };
  }

  /** Muscle with a faint cloudy texture, fibre streaks along the limb and dark fat planes between muscles. */
  private double muscleSignal(double x, double y, double z, double d) {
    double cloud = texture.at(x / 14, y / 14, z / 14);
    double streak = fibres.at(x / 2.5, y / 2.5, z / 22);
    double group = texture.at(x / 45 + 11, y / 45, z / 45);
    double m = a.muscle * (0.80 + 0.22 * cloud + 0.14 * group + 0.10 * (streak - 0.5));
    double septum = septumDistance(x, y, z);
    double fatWeight = 1 - smoothstep(0.3, 1.3, septum);
    return m + (a.fat + 0.05 - m) * fatWeight * 0.6;
  }

  /** Distance (mm) to the nearest fat plane between muscle groups. */
  private double septumDistance(double x, double y, double z) {
    double best = 99;
    double wobble = 8 * (texture.at(x / 28 + 5, y / 28, z / 28) - 0.5);
    for (HipSide side : HipSide.values()) {
      PhantomAnatomy.Hip h = a.hip(side);
      int s = h.s;
      double lat = s * (x - h.junction[0]);
      double below = h.junction[2] - z;
      // Thigh: around the shaft (vastus lateralis / intermedius) and the adductor groups medially.
      if (below > 25 && below < 400) {
        double shaftX = h.junction[0] + h.shaftAxis[0] * (z - h.junction[2]) / h.shaftAxis[2];
        double off = s * (x - shaftX);
        best = Math.min(best, Math.abs(off - (h.shaftRadius + 30) - wobble));
        best = Math.min(best, Math.abs(off + 45 + wobble * 1.5));
      }
      // Gluteus medius from minimus: a sheet lateral to the iliac wing, above the trochanter.
      if (z > h.centre[2] + 10 && z < h.centre[2] + 120) {
        double t = (z - h.centre[2]) / 120;
        double sheetX = s * (Math.abs(h.centre[0]) + 28 + 40 * t);
        best = Math.min(best, Math.abs(s * (x - sheetX) - wobble));
      }
      // Gluteal muscles from the thigh: an oblique plane from the trochanter outwards and down.
      if (lat > 8 && lat < 70) {
        double sheetZ = h.junction[2] + 25 - 0.55 * (lat - 8) + wobble;
        best = Math.min(best, Math.abs(z - sheetZ));
      }
      // Obturator externus under the neck.
      double[] p = {x - h.centre[0], y - h.centre[1], z - h.centre[2]};
      double along = p[0] * h.neckAxis[0] + p[1] * h.neckAxis[1] + p[2] * h.neckAxis[2];
      if (along > -10 && along < h.neckLength * 0.8) {
        double px = p[0] - along * h.neckAxis[0];
        double pz = p[2] - along * h.neckAxis[2];
        double radial = Math.sqrt(px * px + pz * pz);
        if (pz < 0) {
          best = Math.min(best, Math.abs(radial - h.neckRadius - 14 - wobble));
        }
      }
    }
    return best;
  }

  private double cavityHalfWidth(double z) {
    double w = a.pelvicCavityHalfWidth + 0.7 * Math.max(0, z);
    return Math.min(w, halfWidth(z) - fatThickness(halfWidth(z), z) - 22);
  }

  private Shape pelvicCavity() {
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double dx = Math.abs(x) - cavityHalfWidth(z);
        double floor = -42 + 0.6 * Math.abs(x) - z;
        double front = -34 - 50 * smoothstep(0, 90, z) - y;
        double back = y - 80;
        return Math.max(Math.max(dx, floor), Math.max(front, back));
      }

      @Override
      public Box bounds() {
        return new Box(-190, -90, -45, 190, 85, 400);
      }
    };
  }

  /** Pelvic fat around the bladder; bowel loops (walls and fluid) above it. */
  private double cavitySignal(double x, double y, double z, double d) {
    double top = a.bladderCentre[2] + a.bladderRadii[2];
    double loops = smoothstep(top - 15, top + 20, z);
    if (loops <= 0) {
      return a.fat + 0.05;
    }
    // Loops are the thin level sets of a smooth noise: worm-like tubes with a wall and sometimes fluid inside.
    double band = Math.abs(bowel.fbm(x, y, z, 34) - 0.5);
    double wall = 1 - smoothstep(0.09, 0.12, band);
    double lumen = (1 - smoothstep(0.02, 0.05, band)) * smoothstep(0.45, 0.65, bowel.at(x / 35 + 7, y / 35, z / 35));
    double mesentery = a.fat + 0.05;
    double loop = 0.65 + 0.25 * bowel.at(x / 6, y / 6, z / 6);
    double b = mesentery + (loop - mesentery) * wall + (a.bowelContent - loop) * lumen;
    return a.fat + 0.05 + (b - a.fat - 0.05) * loops;
  }

  private Shape psoas(PhantomAnatomy.Hip h) {
    int s = h.s;
    double[] lesser = h.alongShaft(38, -14, 12);
    return Shapes.tube(new double[][] {{s * 26, 38, 260}, {s * 34, 30, 140}, {s * 50, -2, 50},
        {s * (Math.abs(h.centre[0]) - 26), -30, 0}, lesser}, new double[] {20, 22, 22, 15, 8});
  }

  /** From the front of the sacrum out through the sciatic notch to the tip of the greater trochanter. */
  private Shape piriformis(PhantomAnatomy.Hip h) {
    int s = h.s;
    double[] tip = h.alongShaft(-30, 8, 12);
    return Shapes.tube(new double[][] {{s * 22, 80, 70}, {s * 55, 55, 45}, tip}, new double[] {11, 13, 7});
  }

  private Shape vessel(PhantomAnatomy.Hip h, double medialOffset, double radius) {
    int s = h.s;
    double cx = Math.abs(h.centre[0]);
    double top = (medialOffset - 9) * 0.9;
    return Shapes.tube(new double[][] {{s * (44 - top), 6 - top, 200}, {s * (56 - top), -6, 90}, {s * (cx - medialOffset - 10), -38, 20},
        {s * (cx - medialOffset), -46, -20}, {s * (cx - medialOffset + 2), -40, -90}, {s * (cx - medialOffset - 8),
        -30, -220}}, new double[] {radius, radius, radius, radius, radius * 0.95, radius * 0.9});
  }

  // ---- bone --------------------------------------------------------------------------------------

  /** Marrow with a dark cortex of the given thickness; edema raises the marrow signal. */
  private Material bone(double marrow, CortexThickness cortex, List<EdemaField> edema, double bmeSignal) {
    EdemaField[] fields = edema.toArray(new EdemaField[0]);
    return (x, y, z, d) -> {
      double m = marrow * (0.88 + 0.24 * texture.at(x / 4, y / 4, z / 4));
      double e = 0;
      for (EdemaField f : fields) {
        e = Math.max(e, f.value(x, y, z));
      }
      m += (bmeSignal - m) * e;
      double t = cortex.at(x, y, z);
      double c = smoothstep(-t - 0.45, -t + 0.45, d);
      return m + (a.cortex - m) * c;
    };
  }

  private CortexThickness femurCortex(PhantomAnatomy.Hip h) {
    double[] j = h.junction;
    double[] ax = h.shaftAxis;
    return (x, y, z) -> {
      double along = (x - j[0]) * ax[0] + (y - j[1]) * ax[1] + (z - j[2]) * ax[2];
      return 1.2 + 4.3 * smoothstep(15, 75, along);
    };
  }

  private Shape headSolid(PhantomAnatomy.Hip h) {
    Shape ball = ellipsoid(h.centre[0], h.centre[1], h.centre[2], h.rx, h.ry, h.rz);
    double[] cut = PhantomAnatomy.add(h.centre, h.neckAxis, h.headCut());
    return Shapes.intersect(ball, Shapes.halfSpace(cut, h.neckAxis));
  }

  private Shape femur(PhantomAnatomy.Hip h) {
    Shape ball = ellipsoid(h.centre[0], h.centre[1], h.centre[2], h.rx, h.ry, h.rz);
    double[] mid = PhantomAnatomy.add(h.centre, h.neckAxis, h.neckLength * 0.5);
    Shape neck1 = roundCone(h.centre, mid, h.neckRadius * 0.95, h.neckRadius * 0.86);
    Shape neck2 = roundCone(mid, h.junction, h.neckRadius * 0.86, h.shaftRadius * 1.45);
    double[] tro = h.alongShaft(-22, 13, 7); // the greater trochanter sits behind the neck
    Shape trochanter = ellipsoid(tro[0], tro[1], tro[2], 15, 19, 21);
    double[] metaphysis = h.alongShaft(70, 0, 0);
    Shape upperShaft = roundCone(h.junction, metaphysis, h.shaftRadius * 1.45, h.shaftRadius * 1.02);
    Shape shaft = roundCone(metaphysis, h.alongShaft(330, 0, 0), h.shaftRadius * 1.02, h.shaftRadius * 0.95);
    double[] lesser = h.alongShaft(42, -h.shaftRadius * 0.9, 9);
    Shape lesserTrochanter = sphere(lesser[0], lesser[1], lesser[2], 8.5);
    return union(7, ball, neck1, neck2, trochanter, upperShaft, shaft, lesserTrochanter);
  }

  private Shape pelvis(PhantomAnatomy.Hip h) {
    int s = h.s;
    double[] c = h.centre;
    double socket = h.radius + h.jointGap;
    Shape cup = Shapes.intersect(
        Shapes.subtract(sphere(c[0], c[1], c[2], socket + 13), sphere(c[0], c[1], c[2], socket)),
        Shapes.halfSpace(PhantomAnatomy.add(c, h.acetabularAxis, 0.05 * h.radius), h.acetabularAxis));
    Shape ilium = ilium(h);
    double[] roofCentre = h.offset(-2, 3, h.radius + 12);
    Shape roof = Shapes.subtract(ellipsoid(roofCentre[0], roofCentre[1], roofCentre[2], 26, 24, 17),
        sphere(c[0], c[1], c[2], socket));
    Shape superiorRamus = roundCone(h.offset(-22, -16, -8), new double[] {s * 13, -40, -12}, 12, 9.5);
    Shape symphysis = roundCone(new double[] {s * 11.5, -41, -8}, new double[] {s * 12, -38, -42}, 9.5, 9);
    double[] tuber = new double[] {s * 50, 22, -58};
    Shape inferiorRamus = roundCone(new double[] {s * 12, -37, -42}, tuber, 8, 12);
    Shape ischium = roundCone(h.offset(-6, 20, -14), tuber, 17, 14);
    return union(6, cup, roof, ilium, superiorRamus, symphysis, inferiorRamus, ischium);
  }

  /** The iliac wing: a bent plate, thick above the acetabulum, thin in the fossa, thicker at the crest. */
  private Shape ilium(PhantomAnatomy.Hip h) {
    int s = h.s;
    double flare = Math.toRadians(a.iliacFlareDegrees);
    double[] origin = h.offset(-4, 6, h.radius + 4);
    double[] u1 = norm(s * StrictMath.sin(flare), 0, StrictMath.cos(flare));
    double[] u2 = norm(-s * 0.62, 0.78, 0);
    double[] w = cross(u1, u2);
    double wl = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
    double[] n = {w[0] / wl, w[1] / wl, w[2] / wl};
    double length = 108;
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double px = x - origin[0];
        double py = y - origin[1];
        double pz = z - origin[2];
        double p1 = px * u1[0] + py * u1[1] + pz * u1[2];
        double p2 = px * u2[0] + py * u2[1] + pz * u2[2];
        double p3 = px * n[0] + py * n[1] + pz * n[2];
        // The wing is concave towards the pelvis: bend the plate by its position along the crest.
        p3 -= 0.004 * (p2 - 10) * (p2 - 10) * s;
        double halfSpan = 28 + 52 * smoothstep(-30, 95, p1);
        double inPlane = Math.max(Math.max(p1 - length, -30 - p1), Math.abs(p2 - 8) - halfSpan);
        double half = 6 + 16 * (1 - smoothstep(-10, 85, p1)) + 3 * smoothstep(length - 22, length, p1);
        return Math.max(inPlane, Math.abs(p3) - half);
      }

      @Override
      public Box bounds() {
        return new Box(origin[0] - 140, origin[1] - 90, origin[2] - 40, origin[0] + 140, origin[1] + 90,
            origin[2] + 140);
      }
    };
  }

  private Shape sacrum() {
    Shape body = ellipsoid(0, 92, 92, 52, 20, 30);
    Shape lower = roundCone(new double[] {0, 92, 80}, new double[] {0, 110, 5}, 30, 11);
    Shape l5 = ellipsoid(0, 58, 150, 26, 19, 13);
    return union(6, body, lower, l5);
  }

  // ---- effusion ----------------------------------------------------------------------------------

  /**
   * Fluid in the capsule around head and neck: a shell on the bone surface, thin under the roof and thick
   * in the inferior recess and along the neck, stopping before the trochanters and outside the pelvis.
   */
  private Shape effusion(PhantomAnatomy.Hip h, double thickness, Shape pelvis) {
    Shape ball = ellipsoid(h.centre[0], h.centre[1], h.centre[2], h.rx, h.ry, h.rz);
    double[] mid = PhantomAnatomy.add(h.centre, h.neckAxis, h.neckLength * 0.5);
    Shape neck = roundCone(h.centre, mid, h.neckRadius * 0.95, h.neckRadius * 0.86);
    Shape neck2 = roundCone(mid, h.junction, h.neckRadius * 0.86, h.shaftRadius * 1.45);
    Shape inner = union(7, ball, neck, neck2);
    double[] c = h.centre;
    double[] ax = h.neckAxis;
    double reach = h.neckLength * 0.78;
    double outer = h.radius + thickness * 1.6 + 4;
    Box box = new Box(c[0] - h.neckLength - outer, c[1] - h.neckLength - outer, c[2] - h.neckLength - outer,
        c[0] + h.neckLength + outer, c[1] + h.neckLength + outer, c[2] + h.neckLength + outer);
    return new Shape() {
      @Override
      public double sdf(double x, double y, double z) {
        double along = (x - c[0]) * ax[0] + (y - c[1]) * ax[1] + (z - c[2]) * ax[2];
        double cap = along - reach;
        if (cap > 6) {
          return cap;
        }
        double d = inner.sdf(x, y, z);
        double low = (c[2] - z) / h.radius + 0.6 * along / h.radius;
        double f = 0.3 + 0.8 * smoothstep(-0.4, 0.9, low);
        double wobble = 0.75 + 0.5 * texture.at(x / 8 + 31, y / 8, z / 8);
        double shell = Math.max(-d, d - thickness * f * wobble);
        double v = Math.max(shell, cap);
        if (v < 4) {
          v = Math.max(v, -pelvis.sdf(x, y, z));
        }
        return v;
      }

      @Override
      public Box bounds() {
        return box;
      }
    };
  }
}
