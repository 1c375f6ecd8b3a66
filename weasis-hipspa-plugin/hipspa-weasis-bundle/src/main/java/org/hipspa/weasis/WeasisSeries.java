package org.hipspa.weasis;

import java.util.List;
import org.hipspa.image.MrSeries;
import org.weasis.dicom.codec.DicomImageElement;

/** A Weasis series as the pipeline's series, with Weasis's image for each slice, index for index. */
record WeasisSeries(MrSeries series, List<DicomImageElement> images) {

  WeasisSeries {
    images = List.copyOf(images);
  }
}
