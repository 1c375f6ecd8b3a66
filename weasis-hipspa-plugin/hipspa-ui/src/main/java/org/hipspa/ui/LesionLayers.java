package org.hipspa.ui;

import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.Structure;

/**
 * Where the host draws the masks of an analysis, one layer per structure: Weasis on each image's graphic model, the
 * standalone viewer on its own canvas. Called on the Swing event thread; the shapes were built on the analysis thread.
 */
public interface LesionLayers {

  LesionLayers NONE =
      new LesionLayers() {
        @Override
        public void show(AnalysisResult result, SliceShapes shapes) {}

        @Override
        public void setVisible(Structure structure, boolean visible) {}

        @Override
        public void setOpacity(Structure structure, float opacity) {}

        @Override
        public void clear() {}
      };

  /** Replaces any earlier layers with this result's, all visible at the default opacity. */
  void show(AnalysisResult result, SliceShapes shapes);

  void setVisible(Structure structure, boolean visible);

  /** @param opacity of the structure's fill, 0 to 1 (an outline-only structure may ignore it) */
  void setOpacity(Structure structure, float opacity);

  /** Removes every layer this host drew for us. */
  void clear();
}
