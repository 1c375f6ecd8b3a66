package org.hipspa.phantom;

/**
 * A solid in the anatomy frame given by a signed distance (mm, negative inside). Exact near the surface
 * for the primitives, a close bound for blends; the renderer turns it into partial-volume coverage.
 */
interface Shape {
  double sdf(double x, double y, double z);

  /** A box outside which the shape is further than its own blending margin. */
  Box bounds();
}
