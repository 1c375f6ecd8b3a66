package org.hipspa.dicom;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How a read reports progress and learns that it should stop. After each file the reader calls
 * {@code onFraction} with the fraction done (0 to 1, on the reading thread); before each file it
 * asks {@code cancelRequested}, and it also stops when the reading thread is interrupted. Either
 * way it throws {@link ReadCancelledException} within one file's reading time, leaving the thread's
 * interrupt flag as it found it.
 */
public record ReadProgress(DoubleConsumer onFraction, BooleanSupplier cancelRequested) {

  /** No reporting; stops only when the thread is interrupted. */
  public static final ReadProgress NONE = new ReadProgress(fraction -> {}, () -> false);

  public ReadProgress {
    Objects.requireNonNull(onFraction, "onFraction");
    Objects.requireNonNull(cancelRequested, "cancelRequested");
  }

  public static ReadProgress reportingTo(DoubleConsumer onFraction) {
    return new ReadProgress(onFraction, () -> false);
  }

  /** The same reporting for a part of the work: its fractions 0..1 become {@code from..to}. */
  ReadProgress within(double from, double to) {
    return new ReadProgress(f -> onFraction.accept(from + f * (to - from)), cancelRequested);
  }

  void checkCancelled() throws ReadCancelledException {
    if (Thread.currentThread().isInterrupted() || cancelRequested.getAsBoolean()) {
      throw new ReadCancelledException();
    }
  }

  void report(int done, int total) {
    onFraction.accept(total == 0 ? 1.0 : (double) done / total);
  }
}
