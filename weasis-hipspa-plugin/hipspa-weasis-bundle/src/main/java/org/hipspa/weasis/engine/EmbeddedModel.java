package org.hipspa.weasis.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hipspa.files.WholeFile;

/**
 * The model shipped inside the bundle (entries under {@code model/}), unpacked into a folder, because DJL loads a
 * model from files. Each file is written under a temporary name and moved into place, and left alone when an
 * earlier start already unpacked the same bytes, so a crash never leaves a half-written model behind.
 */
final class EmbeddedModel {

  static final String MANIFEST = "manifest.json";

  private EmbeddedModel() {}

  /**
   * @param entries the bundle's {@code model/} entries (files only)
   * @return the folder, or empty when the bundle ships no model (no manifest among the entries)
   */
  static Optional<Path> unpack(List<URL> entries, Path folder) throws IOException {
    if (entries.stream().noneMatch(u -> name(u).equals(MANIFEST))) {
      return Optional.empty();
    }
    Files.createDirectories(folder);
    for (URL entry : entries) {
      byte[] bytes;
      try (InputStream in = entry.openStream()) {
        bytes = in.readAllBytes();
      }
      Path target = folder.resolve(name(entry));
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      WholeFile.write(target, bytes);
    }
    return Optional.of(folder);
  }

  private static String name(URL entry) {
    String path = entry.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
