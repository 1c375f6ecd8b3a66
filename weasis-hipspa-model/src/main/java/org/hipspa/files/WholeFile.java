package org.hipspa.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a hidden temporary name beside its target, then moved into place, so that a reader never sees
 * it half written and a failure leaves no partial file.
 */
public final class WholeFile {
  private WholeFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
