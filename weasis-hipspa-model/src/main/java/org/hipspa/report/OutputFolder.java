package org.hipspa.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.hipspa.HipspaException;

/**
 * Makes an output folder appear whole or not at all: everything is written into a hidden temporary
 * folder beside the target and moved into place at the end. A target that already holds someone
 * else's files is refused; one that holds an earlier result of ours (it has {@link #MARKER}, or the
 * marker the caller names) is replaced. A target inside any input folder is refused, because inputs are never written.
 */
public final class OutputFolder {
  public static final String MARKER = "report.json";

  /** Writes the folder's contents into the temporary directory it is given. */
  @FunctionalInterface
  public interface Contents {
    void writeInto(Path directory) throws IOException, HipspaException;
  }

  private OutputFolder() {}

  public static void write(Path target, List<Path> inputs, Contents contents) throws HipspaException {
    write(target, inputs, contents, MARKER);
  }

  /**
   * @param marker the file whose presence shows that a non-empty target holds an earlier output of
   *     the same kind, which may be replaced
   */
  public static void write(Path target, List<Path> inputs, Contents contents, String marker) throws HipspaException {
    Path out = target.toAbsolutePath().normalize();
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      Path inFolder = Files.isDirectory(in) ? in : in.getParent();
      if (inFolder != null && out.startsWith(inFolder)) {
        throw new HipspaException("The output folder " + out + " lies inside the input folder " + inFolder
            + "; choose an output folder elsewhere, because input folders are never written to.");
      }
    }
    boolean replacing = false;
    try {
      if (Files.exists(out)) {
        if (!Files.isDirectory(out)) {
          throw new HipspaException("The output path " + out + " is a file; give a folder name for the results.");
        }
        try (var entries = Files.list(out)) {
          boolean empty = entries.findAny().isEmpty();
          replacing = !empty;
          if (!empty && !Files.exists(out.resolve(marker))) {
            throw new HipspaException("The output folder " + out + " already contains other files; choose a new"
                + " or empty folder so nothing of yours is overwritten.");
          }
        }
      }
      Path parent = out.getParent();
      Files.createDirectories(parent);
      Path temp = Files.createTempDirectory(parent, "." + out.getFileName() + ".writing-");
      try {
        contents.writeInto(temp);
        if (replacing) {
          Path old = Files.createTempDirectory(parent, "." + out.getFileName() + ".old-");
          Files.delete(old);
          move(out, old);
          move(temp, out);
          deleteTree(old);
        } else {
          Files.deleteIfExists(out); // an empty folder
          move(temp, out);
        }
      } catch (IOException | HipspaException | RuntimeException e) {
        deleteTree(temp);
        throw e;
      }
    } catch (IOException e) {
      throw new HipspaException("The results could not be written to " + out + " (" + e.getMessage()
          + "); check that the folder is writable and the disk is not full.", e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
