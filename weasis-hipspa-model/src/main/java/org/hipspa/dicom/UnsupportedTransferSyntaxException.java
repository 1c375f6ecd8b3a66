package org.hipspa.dicom;

import org.hipspa.HipspaException;

/** A DICOM file compressed in a way this reader cannot decode (JPEG-LS, video, unknown syntaxes); the message names the syntax. */
public class UnsupportedTransferSyntaxException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public UnsupportedTransferSyntaxException(String userMessage) {
    super(userMessage);
  }
}
