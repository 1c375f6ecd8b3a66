package org.hipspa.train;

import java.io.IOException;

/**
 * A training folder holds a checkpoint of other settings than the ones asked for, so resuming it would mix two
 * recipes. Its message is one sentence for the person who started the command.
 */
public final class CheckpointMismatchException extends IOException {
  public CheckpointMismatchException(String message) {
    super(message);
  }
}
