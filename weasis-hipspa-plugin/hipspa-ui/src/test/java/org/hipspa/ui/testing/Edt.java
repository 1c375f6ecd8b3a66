package org.hipspa.ui.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Runs test steps on the Swing event thread, where the panel lives. */
public final class Edt {
  private Edt() {}

  public static <T> T call(Callable<T> task) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        result.set(task.call());
      } catch (Exception e) {
        failure.set(e);
      }
    });
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  public static void run(Runnable task) throws Exception {
    SwingUtilities.invokeAndWait(task);
  }

  /** Waits until the condition, checked on the event thread, holds; fails after the limit (a hang guard only). */
  public static void await(Callable<Boolean> condition, Duration limit) throws Exception {
    long end = System.nanoTime() + limit.toNanos();
    while (!call(condition)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + limit);
      }
      Thread.sleep(20);
    }
  }
}
