package org.hipspa.dicom;

import java.nio.file.Path;

/** A file the scan did not use, and why. */
public record SkippedFile(Path file, Reason reason) {

  public enum Reason {
    NOT_DICOM("not DICOM"),
    NO_IMAGE("DICOM without an image"),
    UNREADABLE("unreadable"),
    NO_SERIES("DICOM image without a SeriesInstanceUID"),
    DUPLICATE("second copy of an image already found");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** For example "not DICOM". */
    public String describe() {
      return description;
    }
  }
}
