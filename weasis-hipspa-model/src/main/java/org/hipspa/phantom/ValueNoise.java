package org.hipspa.phantom;

/**
 * Smooth 3-D value noise in [0, 1] on a unit lattice, from an integer hash of the lattice point and a
 * seed: textures and ill-defined lesion edges that agree between neighbouring slices. Arithmetic only,
 * so it is identical on every platform.
 */
final class ValueNoise {
  private final long seed;

  ValueNoise(long seed) {
    this.seed = PhantomRandom.mix(seed);
  }

  private double lattice(int x, int y, int z) {
    long h = seed ^ (x * 0x8DA6B343L) ^ (y * 0xD8163841L) ^ (z * 0xCB1AB31FL);
    h = PhantomRandom.mix(h);
    return (h >>> 11) * 0x1.0p-53;
  }

  private static double fade(double t) {
    return t * t * (3 - 2 * t);
  }

  double at(double x, double y, double z) {
    double fx = Math.floor(x);
    double fy = Math.floor(y);
    double fz = Math.floor(z);
    int ix = (int) fx;
    int iy = (int) fy;
    int iz = (int) fz;
    double tx = fade(x - fx);
    double ty = fade(y - fy);
    double tz = fade(z - fz);
    double c000 = lattice(ix, iy, iz);
    double c100 = lattice(ix + 1, iy, iz);
    double c010 = lattice(ix, iy + 1, iz);
    double c110 = lattice(ix + 1, iy + 1, iz);
    double c001 = lattice(ix, iy, iz + 1);
    double c101 = lattice(ix + 1, iy, iz + 1);
    double c011 = lattice(ix, iy + 1, iz + 1);
    double c111 = lattice(ix + 1, iy + 1, iz + 1);
    double x00 = c000 + (c100 - c000) * tx;
    double x10 = c010 + (c110 - c010) * tx;
    double x01 = c001 + (c101 - c001) * tx;
    double x11 = c011 + (c111 - c011) * tx;
    double y0 = x00 + (x10 - x00) * ty;
    double y1 = x01 + (x11 - x01) * ty;
    return y0 + (y1 - y0) * tz;
  }

  /** Two octaves, mean about 0.5: the usual "cloudy" texture at the given feature size in mm. */
  double fbm(double x, double y, double z, double sizeMm) {
    double s = 1.0 / sizeMm;
    return 0.67 * at(x * s, y * s, z * s) + 0.33 * at(x * s * 2.03 + 17.1, y * s * 2.03 + 3.7, z * s * 2.03 + 9.3);
  }
}
