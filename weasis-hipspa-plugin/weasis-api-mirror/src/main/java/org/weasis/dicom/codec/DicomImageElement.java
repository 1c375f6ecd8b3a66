package org.weasis.dicom.codec;

import org.weasis.core.api.media.data.ImageElement;
import org.weasis.opencv.data.PlanarImage;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.codec.DicomImageElement}
 * (weasis-dicom/weasis-dicom-codec/src/main/java/org/weasis/dicom/codec/DicomImageElement.java): one DICOM image or
 * frame. The plugin reads it through {@link TagD} and {@link #getImage()} only; the constructor is the mirror's own.
 */
public class DicomImageElement extends ImageElement {

  public DicomImageElement(Object key, PlanarImage image) {
    super(key, image);
  }
}
