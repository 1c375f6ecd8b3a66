package org.hipspa.dicom.seg;

import java.util.List;
import java.util.Optional;
import org.hipspa.dicom.result.Code;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.Structure;

/**
 * The six segments of our SEG: femoral head, bone marrow edema and effusion/synovitis, each per
 * hip. Lesions are split by side because the pipeline's masks are per hip: one BME segment for both
 * hips could not be read back into the same masks, and the SR's per-hip measurements could not point
 * at the lesion they measured. Codes and their reasons are in docs/dicom-codes.md.
 */
public final class HipSegments {
  public static final Code ANATOMICAL_STRUCTURE = Code.sct("123037004", "Anatomical Structure");
  public static final Code MORPHOLOGICALLY_ABNORMAL = Code.sct("49755003", "Morphologically Abnormal Structure");
  public static final Code FEMORAL_HEAD = Code.sct("2812003", "Femoral head");
  public static final Code EDEMA = Code.sct("79654002", "Edema");
  public static final Code BONE_MARROW = Code.sct("14016003", "Bone marrow");
  public static final Code EFFUSION = Code.sct("41699000", "Effusion");
  public static final Code HIP_JOINT = Code.sct("24136001", "Hip joint");
  public static final Code RIGHT = Code.sct("24028007", "Right");
  public static final Code LEFT = Code.sct("7771000", "Left");

  private static final List<SegmentDefinition> ALL = build();

  private HipSegments() {}

  /** In segment number order, 1..6. */
  public static List<SegmentDefinition> all() {
    return ALL;
  }

  public static SegmentDefinition of(HipSide side, Structure structure) {
    return ALL.get(structure.ordinal() * HipSide.values().length + side.ordinal());
  }

  public static Code laterality(HipSide side) {
    return side == HipSide.RIGHT ? RIGHT : LEFT;
  }

  /**
   * Recognises one of our segments from its codes (never from its label, which a person may have
   * edited): property type plus the laterality on the type or on the anatomic region.
   */
  public static Optional<SegmentDefinition> identify(Code type, Code laterality) {
    if (type == null || laterality == null) {
      return Optional.empty();
    }
    return ALL.stream()
        .filter(d -> sameCode(d.type(), type))
        .filter(d -> sameCode(laterality(d.side()), laterality))
        .findFirst();
  }

  private static boolean sameCode(Code a, Code b) {
    return a.value().equals(b.value()) && a.scheme().equals(b.scheme());
  }

  private static List<SegmentDefinition> build() {
    int[][] colours = {
      {35519, 34348, 18101}, {46767, 26114, 24986}, // femoral heads: blue, cyan
      {33414, 50900, 45890}, {40795, 45374, 48455}, // BME: red, orange
      {57277, 31522, 53552}, {58830, 25367, 50649}, // effusion/synovitis: yellow, yellow-green
    };
    List<SegmentDefinition> list = new java.util.ArrayList<>();
    for (Structure structure : Structure.values()) {
      for (HipSide side : HipSide.values()) {
        int number = list.size() + 1;
        String hip = side == HipSide.RIGHT ? "Right" : "Left";
        Code lat = laterality(side);
        SegmentDefinition d = switch (structure) {
          case FEMORAL_HEAD -> new SegmentDefinition(number, side, structure,
              hip + " femoral head", hip + " femoral head, automatic segmentation",
              ANATOMICAL_STRUCTURE, FEMORAL_HEAD, lat, null, null, colours[number - 1]);
          case BME -> new SegmentDefinition(number, side, structure,
              hip + " hip BME", hip + " hip bone marrow edema (femoral head, neck and acetabulum), automatic",
              MORPHOLOGICALLY_ABNORMAL, EDEMA, null, BONE_MARROW, lat, colours[number - 1]);
          case EFFUSION -> new SegmentDefinition(number, side, structure,
              hip + " hip effusion/synovitis", hip + " hip joint effusion/synovitis, automatic",
              MORPHOLOGICALLY_ABNORMAL, EFFUSION, null, HIP_JOINT, lat, colours[number - 1]);
        };
        list.add(d);
      }
    }
    return List.copyOf(list);
  }
}
