package org.hipspa.dicom.seg;

import com.pixelmed.dicom.AttributeTag;

/** SEG attributes that PixelMed 20220618's TagFromName does not name. */
final class SegTags {
  static final AttributeTag SEGMENT_DESCRIPTION = new AttributeTag(0x0062, 0x0006);
  static final AttributeTag SEGMENT_ALGORITHM_NAME = new AttributeTag(0x0062, 0x0009);

  private SegTags() {}
}
