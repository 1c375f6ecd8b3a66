package org.hipspa.train;

/** Told after every epoch; the command line prints it, the tests record it. */
@FunctionalInterface
public interface TrainingListener {
  TrainingListener NONE = report -> {};

  void onEpoch(EpochReport report);
}
