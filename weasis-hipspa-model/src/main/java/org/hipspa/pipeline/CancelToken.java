package org.hipspa.pipeline;

/**
 * Asked between units of work (a file, a batch of crops, a slice) so that Cancel takes effect within
 * a second. Thread interruption cancels too, so a front end may use either.
 */
public final class CancelToken {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled || Thread.currentThread().isInterrupted();
  }

  public void throwIfCancelled() throws AnalysisCancelledException {
    if (isCancelled()) {
      throw new AnalysisCancelledException();
    }
  }
}
