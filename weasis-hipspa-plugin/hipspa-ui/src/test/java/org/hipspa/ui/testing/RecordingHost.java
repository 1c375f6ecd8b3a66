package org.hipspa.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.Structure;
import org.hipspa.ui.AnalysisHost;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.SeriesSource;
import org.hipspa.ui.SliceNavigator;
import org.hipspa.ui.SliceShapes;

/** A host that hands out one series and writes down what the panel asks of it (touched on the event thread only). */
public final class RecordingHost implements AnalysisHost, SliceNavigator, LesionLayers {
  private final MrSeries series;
  public final List<Integer> slicesShown = new ArrayList<>();
  public final List<String> layerCalls = new ArrayList<>();
  public SliceShapes shapes;

  public RecordingHost(MrSeries series) {
    this.series = series;
  }

  @Override
  public Optional<SeriesSource> selectedSeries() {
    return Optional.ofNullable(series).map(s -> (progress, cancel) -> load(s, progress, cancel));
  }

  private static MrSeries load(MrSeries s, ProgressListener progress, CancelToken cancel) {
    progress.progress(Stage.READ, 1);
    return s;
  }

  @Override
  public SliceNavigator navigator() {
    return this;
  }

  @Override
  public LesionLayers layers() {
    return this;
  }

  @Override
  public void showSlice(int sliceIndex) {
    slicesShown.add(sliceIndex);
  }

  @Override
  public void show(AnalysisResult result, SliceShapes sliceShapes) {
    shapes = sliceShapes;
    layerCalls.add("show");
  }

  @Override
  public void setVisible(Structure structure, boolean visible) {
    layerCalls.add(structure + (visible ? " shown" : " hidden"));
  }

  @Override
  public void setOpacity(Structure structure, float opacity) {
    layerCalls.add(structure + " opacity " + opacity);
  }

  @Override
  public void clear() {
    layerCalls.add("clear");
  }
}
