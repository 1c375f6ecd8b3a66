package org.hipspa.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackageException;
import org.hipspa.net.Segmenter;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;

/**
 * The pipeline a host's Analyse runs on a model folder, loaded and warmed up, with what the panel says about the model.
 * Both hosts open it the same way: the Weasis bundle on its engine thread, the standalone viewer on a background
 * thread (seconds, never the event thread).
 */
public record PanelPipeline(HipAnalysis analysis, ModelSummary summary, Segmenter segmenter) implements AutoCloseable {

  /** Crops per forward pass. */
  public static final int BATCH = 8;

  /**
   * @param settingName the setting the folder came from, named in the sentence when the folder is missing
   */
  public static PanelPipeline open(Path folder, String softwareVersion, String settingName)
      throws ModelPackageException {
    if (!Files.isDirectory(folder)) {
      throw new ModelPackageException("The HipSpA model folder " + folder
          + " does not exist; ask your administrator to correct the " + settingName + " setting.");
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
    return new PanelPipeline(HipAnalysis.onNetwork(segmenter, HimrissSettings.PAPER, softwareVersion), summary,
        segmenter);
  }

  @Override
  public void close() {
    segmenter.close();
  }
}
