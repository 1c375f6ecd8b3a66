package org.hipspa.dicom;

import org.hipspa.HipspaException;

/**
 * Reading stopped because the caller asked it to (its cancel check said so or its thread was
 * interrupted). The thread's interrupt flag is left as it was, so callers that were interrupted
 * still see it.
 */
public class ReadCancelledException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public ReadCancelledException() {
    super("Reading the DICOM files was cancelled.");
  }
}
