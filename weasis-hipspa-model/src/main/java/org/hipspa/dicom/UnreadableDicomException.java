package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** A DICOM file that cannot be read or interpreted for another reason (damaged header, colour or unusual pixel format). */
public class UnreadableDicomException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public UnreadableDicomException(String userMessage) {
    super(userMessage);
  }
}
