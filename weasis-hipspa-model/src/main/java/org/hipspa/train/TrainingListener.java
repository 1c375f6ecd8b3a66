package org.hipspa.train;

/** Told when a training starts (or resumes) and after every epoch; the command line prints it, the tests record it. */
@FunctionalInterface
public interface TrainingListener {
  TrainingListener NONE = report -> {};

  void onEpoch(EpochReport report);

  /** Which crops each epoch of this training shows, and how often. */
  default void onStart(EpochOrder order) {}
}
