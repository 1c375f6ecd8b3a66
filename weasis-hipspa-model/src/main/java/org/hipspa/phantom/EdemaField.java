package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

/**
 * The signal field of one BME lesion in the anatomy frame: 1 in the core, falling smoothly to 0 over a
 * soft edge centred on the warped ellipsoid surface (rho = 1). The mask threshold is rho <= 1, where the
 * field is exactly half its peak.
 */
final class EdemaField {
  final HipSide side;
  final BmeSite site;
  final double cx;
  final double cy;
  final double cz;
  final double rx;
  final double ry;
  final double rz;
  /** Fraction (0..1) of the way from the marrow signal to the edema signal in the core. */
  final double peak;
  final double softness;
  private final ValueNoise noise;
  final Box bounds;

  EdemaField(HipSide side, BmeSite site, double[] c, double rx, double ry, double rz, double peak,
      double softness, long noiseSeed) {
    this.side = side;
    this.site = site;
    this.cx = c[0];
    this.cy = c[1];
    this.cz = c[2];
    this.rx = rx;
    this.ry = ry;
    this.rz = rz;
    this.peak = peak;
    this.softness = softness;
    this.noise = new ValueNoise(noiseSeed);
    double g = 1 + softness + WARP;
    this.bounds = new Box(cx - rx * g, cy - ry * g, cz - rz * g, cx + rx * g, cy + ry * g, cz + rz * g);
  }

  /** How far the edge wanders, in units of the radius. */
  static final double WARP = 0.35;

  /** Normalised, warped distance from the centre: 1 on the mask boundary. */
  double rho(double x, double y, double z) {
    double px = (x - cx) / rx;
    double py = (y - cy) / ry;
    double pz = (z - cz) / rz;
    double base = Math.sqrt(px * px + py * py + pz * pz);
    double feature = Math.max(3.0, Math.min(rx, Math.min(ry, rz)) * 0.6);
    return base + WARP * 2 * (noise.fbm(x, y, z, feature) - 0.5);
  }

  /** The edema fraction at a point, 0 outside the soft edge. */
  double value(double x, double y, double z) {
    if (!bounds.contains(x, y, z)) {
      return 0;
    }
    double rho = rho(x, y, z);
    return peak * (1 - Shapes.smoothstep(1 - softness, 1 + softness, rho));
  }

  boolean inMask(double x, double y, double z) {
    return bounds.contains(x, y, z) && rho(x, y, z) <= 1;
  }
}
