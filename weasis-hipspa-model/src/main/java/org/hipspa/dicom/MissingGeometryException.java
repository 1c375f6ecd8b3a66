package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** An image without the position, orientation or pixel spacing needed to place its pixels in the patient. */
public class MissingGeometryException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public MissingGeometryException(String userMessage) {
    super(userMessage);
  }
}
