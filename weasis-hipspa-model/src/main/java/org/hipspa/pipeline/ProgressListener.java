package org.hipspa.pipeline;

/**
 * Told how far the pipeline has come. Called from the pipeline's thread: a Swing front end must hand
 * the value to the event thread itself.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (stage, fraction) -> {};

  /** @param fraction of this stage done, from 0 to 1 */
  void progress(Stage stage, double fraction);
}
