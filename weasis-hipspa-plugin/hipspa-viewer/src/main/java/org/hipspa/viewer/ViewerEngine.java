package org.hipspa.viewer;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import org.hipspa.HipspaException;
import org.hipspa.cli.ModelLocation;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.ui.ModelSummary;
import org.hipspa.ui.PanelPipeline;

/**
 * The model Analyse runs, found like the command line finds it (--model, else hipspa.model, else HIPSPA_MODEL), opened
 * as the panel's pipeline on a background thread (seconds), with the engine that runs it. Never opened for a stored
 * result.
 */
record ViewerEngine(PanelPipeline pipeline, String engine) implements AutoCloseable {

  static ViewerEngine open(Path modelOption, String softwareVersion) throws HipspaException {
    PanelPipeline pipeline = PanelPipeline.open(ModelLocation.resolve(modelOption), softwareVersion, "--model");
    Engine djl = Engine.getInstance();
    return new ViewerEngine(pipeline, djl.getEngineName() + " " + djl.getVersion());
  }

  HipAnalysis analysis() {
    return pipeline.analysis();
  }

  ModelSummary summary() {
    return pipeline.summary();
  }

  @Override
  public void close() {
    pipeline.close();
  }
}
