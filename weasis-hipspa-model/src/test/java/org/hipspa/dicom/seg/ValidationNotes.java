package org.hipspa.dicom.seg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps validator output under target/dicom-validation so a person can read the warnings. */
public final class ValidationNotes {
  private ValidationNotes() {}

  public static void save(String name, String text) throws IOException {
    Path dir = Path.of("target", "dicom-validation");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), text);
  }

  /** Keeps a copy of a written object beside its validator output, for people to inspect. */
  public static void keep(String name, Path file) throws IOException {
    Path dir = Path.of("target", "dicom-validation");
    Files.createDirectories(dir);
    Files.copy(file, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
