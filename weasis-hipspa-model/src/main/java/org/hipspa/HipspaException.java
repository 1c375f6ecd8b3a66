package org.hipspa;

/**
 * A problem the person in front of the screen can act on. Its message is one sentence that says what
 * was wrong with their input and what to do; front ends show it as it is, without a stack trace.
 */
public class HipspaException extends Exception {
  private static final long serialVersionUID = 1L;

  public HipspaException(String userMessage) {
    super(userMessage);
  }

  public HipspaException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
