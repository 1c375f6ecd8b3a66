package org.hipspa.locate;

import org.hipspa.segment.HipSide;

/**
 * A femoral head found in a series: its centre in slice pixel coordinates on the slice where it
 * showed best, its radius, and how strongly a circle was supported there ({@code support}: the
 * fraction of the circle's circumference with an edge pointing at the centre, from 0 to 1).
 */
public record HipLocation(
    HipSide side, double centreX, double centreY, double radiusMm, int sliceIndex, double support) {}
