package org.hipspa.weasis.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files and settings failsafe passes from the pom as system properties. */
final class ItFiles {

  private ItFiles() {}

  static Path jar(String key) {
    String value = setting(key);
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("hipspa.it." + key + " does not name a file: " + value);
    }
    return path;
  }

  static String setting(String key) {
    String value = System.getProperty("hipspa.it." + key);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException("Run through Maven (mvn verify): hipspa.it." + key + " is not set");
    }
    return value;
  }
}
