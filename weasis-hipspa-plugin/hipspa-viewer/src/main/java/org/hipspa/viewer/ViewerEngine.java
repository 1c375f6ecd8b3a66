package org.hipspa.viewer;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import org.hipspa.HipspaException;
import org.hipspa.cli.ModelLocation;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.Segmenter;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.ui.ModelSummary;

/**
 * The model Analyse runs, found like the command line finds it (--model, else hipspa.model, else HIPSPA_MODEL), opened
 * and warmed up on a background thread (seconds), with what the panel says about it. Never opened for a stored result.
 */
record ViewerEngine(HipAnalysis analysis, ModelSummary summary, String engine, Segmenter segmenter)
    implements AutoCloseable {

  static final int BATCH = 8;

  static ViewerEngine open(Path modelOption, String softwareVersion) throws HipspaException {
    Path folder = ModelLocation.resolve(modelOption);
    Segmenter segmenter = Segmenter.open(folder, BATCH);
    try {
      segmenter.warmUp();
      ModelManifest m = segmenter.manifest();
      String trainedOn = m.training() == null || m.training().data() == null ? "not stated" : m.training().data();
      ModelSummary summary = new ModelSummary(m.name() + " " + m.version(),
          "Trained on " + trainedOn + ": a research tool, not for diagnosis.");
      Engine djl = Engine.getInstance();
      return new ViewerEngine(HipAnalysis.onNetwork(segmenter, HimrissSettings.PAPER, softwareVersion), summary,
          djl.getEngineName() + " " + djl.getVersion(), segmenter);
    } catch (HipspaException | RuntimeException e) {
      segmenter.close();
      throw e;
    }
  }

  @Override
  public void close() {
    segmenter.close();
  }
}
