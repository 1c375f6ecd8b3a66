package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** A file or folder the user named does not exist or cannot be opened. */
public class InputNotFoundException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public InputNotFoundException(String userMessage) {
    super(userMessage);
  }
}
