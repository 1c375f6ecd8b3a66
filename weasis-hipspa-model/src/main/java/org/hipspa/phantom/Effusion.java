package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

/**
 * Effusion/synovitis of one hip: fluid-bright tissue in the joint capsule around the femoral head and
 * neck, thinnest under the acetabular roof and thickest in the inferior recess and along the neck.
 *
 * @param thicknessMm the nominal thickness of the fluid layer (it varies around the joint)
 */
public record Effusion(HipSide side, double thicknessMm) {}
