package org.hipspa.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A new folder built under a hidden temporary name beside its target, then moved into place in one step, so that a
 * reader never sees it half written (a model without its manifest, a patient without half its slices) and a failure
 * leaves nothing behind.
 */
public final class WholeFolder {
  /** Writes everything the folder holds into the empty temporary folder it is given. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path temporaryFolder) throws IOException;
  }

  private WholeFolder() {}

  /**
   * Creates {@code target}, which must not exist yet, with what {@code content} writes; its parent folders are created
   * as needed. When {@code content} throws, the exception passes on and no folder is left behind.
   *
   * @throws FileAlreadyExistsException if {@code target} exists
   */
  public static void create(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(
        parent, "." + absolute.getFileName() + ".partial-", OrdinaryPermissions.ofNewFolder(parent));
    try {
      content.writeInto(temporary);
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
    } catch (Throwable failure) {
      try {
        FileTrees.delete(temporary);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
  }
}
