package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import org.hipspa.image.BinaryMask;

/**
 * The ground truth of one hip on one slice. Proportions follow METHOD.md: the intensity-weighted one is
 * (sum of pixel values in the lesion mask) / (sum of pixel values in the femoral head mask), the area one
 * is (lesion pixels) / (head pixels); "lesion" is the union of BME and effusion of this hip. When the head
 * mask is empty the slice does not count for this hip and every proportion is NaN.
 *
 * @param headCentreColumn the true 3-D head centre projected onto this slice, in pixel columns
 * @param headCentreRow ... and rows
 * @param headCentreDistanceMm signed distance of the head centre from this slice plane along the normal
 *     (positive: the centre lies posterior to the slice)
 */
public record HipTruth(
    HipSide side,
    BinaryMask head,
    BinaryMask bme,
    BinaryMask effusion,
    double headCentreColumn,
    double headCentreRow,
    double headCentreDistanceMm,
    double bmeProportion,
    double effusionProportion,
    double lesionProportion,
    double bmeAreaProportion,
    double effusionAreaProportion,
    double lesionAreaProportion) {

  /** Whether this slice counts for this hip (its femoral head mask is not empty). */
  public boolean counts() {
    return !head.isEmpty();
  }

  public BinaryMask lesion() {
    return bme.or(effusion);
  }
}
