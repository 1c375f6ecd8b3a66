package org.hipspa.weasis.engine;

import java.nio.file.Path;
import java.util.Optional;
import org.hipspa.net.ModelPackageException;
import org.hipspa.ui.PanelPipeline;

/**
 * Where the Weasis plugin's model comes from: the folder in the framework property {@value #MODEL_PROPERTY} (a
 * {@code weasisPreferences} entry of the launch configuration, or a Java system property, which the framework also
 * answers), else the model shipped inside the bundle; opened as the side panel's {@link PanelPipeline}.
 */
public final class NetworkPipeline {

  public static final String MODEL_PROPERTY = "hipspa.model";

  private NetworkPipeline() {}

  /** The configured model folder, if the setting has one. */
  public static Optional<Path> folder(String setting) {
    String folder = setting == null ? "" : setting.trim();
    if (folder.startsWith("file:")) {
      return Optional.of(Path.of(java.net.URI.create(folder)));
    }
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /** Opens the model and loads it into the engine (seconds): call on a {@link BundleThreads} thread. */
  public static PanelPipeline open(Path folder, String softwareVersion) throws ModelPackageException {
    return PanelPipeline.open(folder, softwareVersion, MODEL_PROPERTY);
  }
}
