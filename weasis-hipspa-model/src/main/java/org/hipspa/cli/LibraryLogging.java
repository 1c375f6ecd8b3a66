package org.hipspa.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library chatter off the user's terminal. PixelMed logs (through java.util.logging) the
 * problems it recovers from and those the reader turns into one sentence, such as truncated pixel
 * data; on the command line the sentence is what the user should see.
 */
final class LibraryLogging {
  // Held so the configured logger is not garbage-collected and its level forgotten.
  private static final Logger PIXELMED = Logger.getLogger("com.pixelmed");

  private LibraryLogging() {}

  static void quietPixelMed() {
    PIXELMED.setLevel(Level.OFF);
  }
}
