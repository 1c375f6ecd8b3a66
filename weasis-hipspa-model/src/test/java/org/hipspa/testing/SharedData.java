package org.hipspa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared folder ({@code ../shared} beside the project root), which holds the
 * real MR sample data. Walks up from the working directory so it works from any module and from a
 * clone in any folder; {@code HIPSPA_SHARED} overrides.
 */
public final class SharedData {
  private SharedData() {}

  public static Path sharedDir() {
    String override = System.getenv("HIPSPA_SHARED");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("data/real-mr"))) {
        return candidate;
      }
    }
    throw new UncheckedIOException(new IOException(
        "no shared/data/real-mr found above " + dir + "; set HIPSPA_SHARED to the shared folder"));
  }

  public static Path realMr(String relative) {
    return sharedDir().resolve("data/real-mr").resolve(relative);
  }
}
