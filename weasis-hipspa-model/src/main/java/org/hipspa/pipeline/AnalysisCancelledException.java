package org.hipspa.pipeline;

import org.hipspa.HipspaException;

/** The user cancelled; nothing was written. */
public final class AnalysisCancelledException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public AnalysisCancelledException() {
    super("The analysis was cancelled; nothing was written.");
  }
}
