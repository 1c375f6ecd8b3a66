package org.hipspa.weasis.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackageException;
import org.hipspa.net.Segmenter;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.ui.ModelSummary;

/**
 * The pipeline on a U-Net model folder (manifest and weights, DJL parameters or TorchScript), with what the panel says
 * about the model. The folder is the framework property {@value #MODEL_PROPERTY} (a {@code weasisPreferences} entry
 * of the launch configuration, or a Java system property, which the framework also answers), until a default model
 * ships inside the bundle.
 */
public record NetworkPipeline(HipAnalysis analysis, ModelSummary summary, Segmenter segmenter)
    implements AutoCloseable {

  public static final String MODEL_PROPERTY = "hipspa.model";
  static final int BATCH = 8;

  /** The configured model folder, if the setting has one. */
  public static Optional<Path> folder(String setting) {
    String folder = setting == null ? "" : setting.trim();
    if (folder.startsWith("file:")) {
      return Optional.of(Path.of(java.net.URI.create(folder)));
    }
    return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
  }

  /** Opens the model and loads it into the engine (seconds): call on a {@link BundleThreads} thread. */
  public static NetworkPipeline open(Path folder, String softwareVersion) throws ModelPackageException {
    if (!Files.isDirectory(folder)) {
      throw new ModelPackageException("The HipSpA model folder " + folder
          + " does not exist; ask your administrator to correct the " + MODEL_PROPERTY + " setting.");
    }
    Segmenter segmenter = Segmenter.open(folder, BATCH);
    try {
      segmenter.warmUp();
    } catch (ModelPackageException | RuntimeException e) {
      segmenter.close();
      throw e;
    }
    ModelManifest m = segmenter.manifest();
    String trainedOn = m.training() == null || m.training().data() == null ? "not stated" : m.training().data();
    ModelSummary summary = new ModelSummary(m.name() + " " + m.version(), "Trained on " + trainedOn
        + ": a research tool, not for diagnosis.");
    return new NetworkPipeline(HipAnalysis.onNetwork(segmenter, HimrissSettings.PAPER, softwareVersion), summary,
        segmenter);
  }

  @Override
  public void close() {
    segmenter.close();
  }
}
