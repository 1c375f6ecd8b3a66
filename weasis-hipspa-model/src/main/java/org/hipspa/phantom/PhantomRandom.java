package org.hipspa.phantom;

/**
 * The phantom's only source of randomness: SplitMix64, written out here so that a seed gives the same
 * numbers on every JVM and platform (java.util.Random's Gaussian and the JDK's newer generators make no
 * such promise across versions). Not thread-safe; each stream has one owner.
 */
final class PhantomRandom {
  private long state;

  PhantomRandom(long seed) {
    this.state = seed;
  }

  /** An independent stream for a named purpose, so adding draws to one purpose never shifts another. */
  static PhantomRandom forPurpose(long seed, String purpose) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (int i = 0; i < purpose.length(); i++) {
      h = mix(h ^ purpose.charAt(i));
    }
    return new PhantomRandom(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  double uniform(double low, double high) {
    return low + (high - low) * nextDouble();
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /**
   * An approximately standard normal draw: the sum of four uniforms, rescaled to unit variance. Needs no
   * transcendental function (whose last bit may differ between platforms) and is fast enough for
   * per-pixel noise; its tails stop at 3.46 standard deviations, which image noise does not miss.
   */
  double gaussian() {
    double s = nextDouble() + nextDouble() + nextDouble() + nextDouble();
    return (s - 2.0) * 1.7320508075688772;
  }
}
