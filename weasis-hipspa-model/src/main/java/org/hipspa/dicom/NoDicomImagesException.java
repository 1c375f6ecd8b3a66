package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** The input holds no DICOM image at all (empty, or only other files); the message says how many files were skipped. */
public class NoDicomImagesException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public NoDicomImagesException(String userMessage) {
    super(userMessage);
  }
}
