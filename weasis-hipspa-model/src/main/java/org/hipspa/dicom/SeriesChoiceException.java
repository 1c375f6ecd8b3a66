package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** The input holds several series and none, or an unknown one, was chosen; the message lists them. */
public class SeriesChoiceException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public SeriesChoiceException(String userMessage) {
    super(userMessage);
  }
}
