package org.hipspa.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a hidden temporary name beside its target, then moved into place, so that a reader never sees
 * it half written and a failure leaves no partial file. An existing target is replaced only when the new content is
 * complete; until then it keeps its old content.
 */
public final class WholeFile {
  /** Writes the whole content into the file it is given (an empty file, hidden, in the target's folder). */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temporaryFile) throws IOException;
  }

  private WholeFile() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, temporary -> Files.write(temporary, bytes));
  }

  /**
   * Writes {@code target} through {@code content}. The target's folder must exist. When {@code content} throws, the
   * exception passes on unchanged and neither the temporary file nor a new target is left behind.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(
        folder, "." + absolute.getFileName(), ".part", OrdinaryPermissions.ofNewFile(folder));
    try {
      content.writeTo(temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (Throwable failure) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
  }
}
