package org.hipspa.net;

import org.hipspa.HipspaException;

/** A model folder that cannot be used: missing, damaged, truncated, or made for another input. */
public class ModelPackageException extends HipspaException {
  private static final long serialVersionUID = 1L;

  public ModelPackageException(String userMessage) {
    super(userMessage);
  }

  public ModelPackageException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
