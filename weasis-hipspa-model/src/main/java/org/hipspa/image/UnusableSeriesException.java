package org.hipspa.image;

import org.hipspa.HipspaException;

/** A series whose slices cannot form one consistent stack; the message says why and what to do. */
public class UnusableSeriesException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public UnusableSeriesException(String userMessage) {
    super(userMessage);
  }
}
