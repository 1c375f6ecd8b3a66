package org.weasis.dicom.codec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.weasis.core.api.media.data.TagReadable;
import org.weasis.core.api.media.data.TagW;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.codec.TagD}
 * (weasis-dicom/weasis-dicom-codec/src/main/java/org/weasis/dicom/codec/TagD.java): DICOM tags by their dcm4che
 * {@code Tag} number. Weasis gives values typed by VR: strings as {@code String}, IS as {@code Integer}, a single DS as
 * {@code Double}, multi-valued DS as {@code double[]}, DA as {@code LocalDate}, TM as {@code LocalTime}.
 */
public class TagD extends TagW {

  private static final Map<Integer, TagD> TAGS = new ConcurrentHashMap<>();

  private TagD(int tagID) {
    super(String.format("%08X", tagID));
  }

  public static TagW get(Integer tagID) {
    return TAGS.computeIfAbsent(tagID, TagD::new);
  }

  public static <T> T getTagValue(TagReadable tagable, int tagID, Class<T> type) {
    if (tagable == null) {
      return null;
    }
    Object value = tagable.getTagValue(get(tagID));
    return type.isInstance(value) ? type.cast(value) : null;
  }
}
