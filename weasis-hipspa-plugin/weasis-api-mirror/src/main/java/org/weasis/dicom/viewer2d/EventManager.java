package org.weasis.dicom.viewer2d;

import org.weasis.core.ui.editor.image.ImageViewerEventManager;
import org.weasis.dicom.codec.DicomImageElement;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.viewer2d.EventManager}
 * (weasis-dicom/weasis-dicom-viewer2d/src/main/java/org/weasis/dicom/viewer2d/EventManager.java): the 2D viewer's
 * event manager, one per application.
 */
public class EventManager extends ImageViewerEventManager<DicomImageElement> {

  private static final EventManager INSTANCE = new EventManager();

  protected EventManager() {}

  public static EventManager getInstance() {
    return INSTANCE;
  }
}
