package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** A DICOM file whose pixel data ends before the image does (a cut-short copy or download). */
public class TruncatedPixelDataException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public TruncatedPixelDataException(String userMessage) {
    super(userMessage);
  }
}
