package org.hipspa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.HipspaException;

/**
 * Where the model folder is: --model, else the system property {@code hipspa.model} (set by the
 * launchers to the shipped model), else the environment variable HIPSPA_MODEL.
 */
public final class ModelLocation {
  private ModelLocation() {}

  public static Path resolve(Path option) throws HipspaException {
    Path folder = option;
    if (folder == null && System.getProperty("hipspa.model") != null) {
      folder = Path.of(System.getProperty("hipspa.model"));
    }
    if (folder == null && System.getenv("HIPSPA_MODEL") != null) {
      folder = Path.of(System.getenv("HIPSPA_MODEL"));
    }
    if (folder == null) {
      throw new HipspaException("No model folder was given; pass --model DIR (a folder with manifest.json and weights).");
    }
    if (!Files.isDirectory(folder)) {
      throw new HipspaException("The model folder " + folder + " does not exist; pass --model with a HipSpA model folder.");
    }
    return folder;
  }
}
