package org.hipspa.locate;

import org.hipspa.segment.HipSide;

/**
 * A femoral head found in a series: its centre in slice pixel coordinates on the slice where it
 * showed largest, the radius of a disc of its area there, and how sure the locator was
 * ({@code support}, from 0 to 1: the mean head probability over the region).
 */
public record HipLocation(
    HipSide side, double centreX, double centreY, double radiusMm, int sliceIndex, double support) {}
