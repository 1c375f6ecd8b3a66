package org.hipspa.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A folder built under a hidden temporary name beside its target, then moved into place in one step, so that a
 * reader never sees it half written (a model without its manifest, a patient without half its slices, a report
 * without its overlays) and a failure leaves nothing new behind.
 */
public final class WholeFolder {
  /**
   * Writes everything the folder holds into the empty temporary folder it is given.
   *
   * @param <E> a checked exception of the caller's own, besides {@link IOException}, that passes through unchanged
   */
  @FunctionalInterface
  public interface Content<E extends Exception> {
    void writeInto(Path temporaryFolder) throws IOException, E;
  }

  private WholeFolder() {}

  /**
   * Creates {@code target}, which must not exist yet, with what {@code content} writes; its parent folders are created
   * as needed. When {@code content} throws, the exception passes on and no folder is left behind.
   *
   * @throws FileAlreadyExistsException if {@code target} exists
   */
  public static <E extends Exception> void create(Path target, Content<E> content) throws IOException, E {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path temporary = build(absolute, ".partial-", content);
    try {
      move(temporary, absolute);
    } catch (IOException e) {
      deleteAfter(e, temporary);
      throw e;
    }
  }

  /**
   * Writes {@code target} with what {@code content} writes, replacing the folder that is there only once the new one
   * is complete; whether the old folder may go is the caller's decision. When anything fails, the old folder stays as
   * it was.
   *
   * @throws FileAlreadyExistsException if {@code target} is a file, not a folder
   */
  public static <E extends Exception> void replace(Path target, Content<E> content) throws IOException, E {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(target.toString(), null, "a file, not a folder");
    }
    Path temporary = build(absolute, ".writing-", content);
    try {
      if (!Files.exists(absolute)) {
        move(temporary, absolute);
        return;
      }
      Path old = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".old-");
      Files.delete(old); // only its unique name is wanted
      move(absolute, old);
      try {
        move(temporary, absolute);
      } catch (IOException e) {
        try {
          move(old, absolute);
        } catch (IOException restoring) {
          e.addSuppressed(restoring);
        }
        throw e;
      }
      FileTrees.delete(old);
    } catch (IOException e) {
      deleteAfter(e, temporary);
      throw e;
    }
  }

  /** A hidden folder beside {@code absolute} with what {@code content} wrote; nothing is left when it throws. */
  private static <E extends Exception> Path build(Path absolute, String infix, Content<E> content)
      throws IOException, E {
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(
        parent, "." + absolute.getFileName() + infix, OrdinaryPermissions.ofNewFolder(parent));
    try {
      content.writeInto(temporary);
      return temporary;
    } catch (Throwable failure) {
      deleteAfter(failure, temporary);
      throw failure;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteAfter(Throwable failure, Path temporary) {
    try {
      FileTrees.delete(temporary);
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }
}
