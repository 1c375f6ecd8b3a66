package org.hipspa.dicom.result;

import static org.hipspa.dicom.result.Attributes.sequence;
import static org.hipspa.dicom.result.Attributes.ui;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A series item that lists referenced instances by SOP class and instance UID, as both the SEG's
 * Common Instance Reference module (ReferencedInstanceSequence) and the SR's evidence
 * (ReferencedSOPSequence) need it.
 */
public final class InstanceReferences {
  private InstanceReferences() {}

  /**
   * @param instances SOP instance UID to SOP class UID, in the order they are listed
   * @param listTag the sequence the instances go in (ReferencedInstanceSequence or ReferencedSOPSequence)
   */
  public static AttributeList seriesItem(String seriesInstanceUid, Map<String, String> instances, AttributeTag listTag) {
    List<AttributeList> items = new ArrayList<>();
    for (Map.Entry<String, String> e : instances.entrySet()) {
      AttributeList item = new AttributeList();
      ui(item, TagFromName.ReferencedSOPClassUID, e.getValue());
      ui(item, TagFromName.ReferencedSOPInstanceUID, e.getKey());
      items.add(item);
    }
    AttributeList series = new AttributeList();
    ui(series, TagFromName.SeriesInstanceUID, seriesInstanceUid);
    sequence(series, listTag, items.toArray(AttributeList[]::new));
    return series;
  }
}
