package org.hipspa.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.files.WholeFolder;

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
    try {
      if (Files.exists(out)) {
        if (!Files.isDirectory(out)) {
          throw new HipspaException("The output path " + out + " is a file; give a folder name for the results.");
        }
        try (var entries = Files.list(out)) {
          if (entries.findAny().isPresent() && !Files.exists(out.resolve(marker))) {
            throw new HipspaException("The output folder " + out + " already contains other files; choose a new"
                + " or empty folder so nothing of yours is overwritten.");
          }
        }
      }
      WholeFolder.replace(out, contents::writeInto);
    } catch (IOException e) {
      throw new HipspaException("The results could not be written to " + out + " (" + e.getMessage()
          + "); check that the folder is writable and the disk is not full.", e);
    }
  }

}
