package org.hipspa.ui;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.report.AnalysisResult;

/** One finished analysis as the panel keeps it: the pipeline's result, its masks as shapes, and the input files. */
public record AnalysisOutcome(AnalysisResult result, SliceShapes shapes, List<Path> inputs) {

  public AnalysisOutcome {
    inputs = List.copyOf(inputs);
  }
}
