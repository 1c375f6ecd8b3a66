package org.hipspa.net;

import org.hipspa.HipspaException;

/** The network could not segment a series; the message says what to do. */
public class SegmentationException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public SegmentationException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
