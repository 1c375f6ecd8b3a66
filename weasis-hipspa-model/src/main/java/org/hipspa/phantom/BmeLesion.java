package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import org.hipspa.image.Vec3;

/**
 * One bone marrow edema lesion as generated: an ill-defined, noise-warped ellipsoid of raised marrow
 * signal in one hip. Its mask is the marrow where the edema signal reaches half the lesion's peak (the
 * middle of the soft edge).
 *
 * @param centreMm centre in patient coordinates (LPS, mm)
 * @param radiiMm semi-axes in mm before the edge warp
 * @param peakSignal signal of the lesion's core, relative to muscle
 */
public record BmeLesion(HipSide side, BmeSite site, Vec3 centreMm, Vec3 radiiMm, double peakSignal) {}
