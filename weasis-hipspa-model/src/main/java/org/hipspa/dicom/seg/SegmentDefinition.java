package org.hipspa.dicom.seg;

import org.hipspa.dicom.result.Code;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.Structure;

/**
 * One segment of our SEG: which hip and structure it holds and how DICOM names it. Laterality sits
 * on the property type for the femoral heads and on the anatomic region for the lesions.
 *
 * @param typeModifier laterality of the segmented property, or null
 * @param anatomicRegion where the lesion lies, or null for anatomical structures
 * @param regionModifier laterality of the anatomic region, or null
 * @param cieLab RecommendedDisplayCIELabValue, PCS-Lab scaled to 0..65535
 */
public record SegmentDefinition(
    int number,
    HipSide side,
    Structure structure,
    String label,
    String description,
    Code category,
    Code type,
    Code typeModifier,
    Code anatomicRegion,
    Code regionModifier,
    int[] cieLab) {}
