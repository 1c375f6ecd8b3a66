package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import org.hipspa.image.Vec3;

/**
 * The true geometry of one hip in patient coordinates, for locating crops before a locate stage exists.
 *
 * @param headCentreMm centre of the femoral head (LPS, mm)
 * @param headRadiusMm mean radius of the head
 */
public record HipAnatomySummary(HipSide side, Vec3 headCentreMm, double headRadiusMm, double neckShaftAngleDegrees,
    double antetorsionDegrees, double acetabularInclinationDegrees) {}
