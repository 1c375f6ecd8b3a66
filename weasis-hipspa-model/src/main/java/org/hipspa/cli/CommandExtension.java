package org.hipspa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What a jar on the class path adds to {@code hipspa} without the model module depending on it (found with
 * {@link ServiceLoader}): the standalone viewer adds {@code hipspa view}, and shows a result when {@code hipspa demo}
 * has finished.
 */
public interface CommandExtension {

  /** Picocli command objects (annotated with {@code @Command}) to add as subcommands of {@code hipspa}. */
  List<Object> subcommands();

  /**
   * Shows a study with its result to the person at the screen and returns when they close it.
   *
   * @param study the folder of DICOM files (a phantom patient's folder brings its ground truth)
   * @param result a result folder or SEG file written by HipSpA for that study
   * @return false when this extension shows nothing (the caller then goes on without it)
   */
  default boolean show(Path study, Path result) {
    return false;
  }

  /** The extensions on the class path, in class-path order. */
  static List<CommandExtension> installed() {
    return ServiceLoader.load(CommandExtension.class).stream().map(ServiceLoader.Provider::get).toList();
  }
}
