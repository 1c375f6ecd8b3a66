package org.hipspa.locate;

import org.hipspa.HipspaException;

/** A series the hip analysis cannot score: not coronal, too few slices, blank, or no femoral heads. */
public final class NotAHipSeriesException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public NotAHipSeriesException(String userMessage) {
    super(userMessage);
  }
}
