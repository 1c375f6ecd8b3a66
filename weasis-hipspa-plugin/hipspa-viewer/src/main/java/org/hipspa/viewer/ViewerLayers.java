package org.hipspa.viewer;

import java.awt.Shape;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hipspa.render.StructureStyle;
import org.hipspa.report.AnalysisResult;
import org.hipspa.segment.Structure;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.SliceShapes;

/**
 * The viewer's lesion layers: the shapes of the result the panel shows (and of the ground truth in teaching mode), and
 * which structures are visible at which opacity, set by the panel's layer switches. Both views draw from here, so a
 * switch acts on the prediction and the ground truth alike. Used on the Swing event thread.
 */
public final class ViewerLayers implements LesionLayers {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final Set<Structure> visible = EnumSet.allOf(Structure.class);
  private final Map<Structure, Float> opacity = new EnumMap<>(Structure.class);
  private SliceShapes prediction;
  private SliceShapes truth;

  public ViewerLayers() {
    resetStyle();
  }

  @Override
  public void show(AnalysisResult result, SliceShapes shapes) {
    prediction = shapes;
    resetStyle();
    changed();
  }

  @Override
  public void setVisible(Structure structure, boolean shown) {
    if (shown ? visible.add(structure) : visible.remove(structure)) {
      changed();
    }
  }

  @Override
  public void setOpacity(Structure structure, float value) {
    opacity.put(structure, Math.max(0, Math.min(1, value)));
    changed();
  }

  @Override
  public void clear() {
    prediction = null;
    changed();
  }

  /** The ground truth's shapes, drawn in the teaching view with the same switches. */
  public void showTruth(SliceShapes shapes) {
    truth = shapes;
    changed();
  }

  /** The prediction's shapes on this slice, visible ones only; empty when no result is shown. */
  public Map<Structure, Shape> prediction(int slice) {
    return visibleOf(prediction, slice);
  }

  public Map<Structure, Shape> truth(int slice) {
    return visibleOf(truth, slice);
  }

  public boolean hasPrediction() {
    return prediction != null;
  }

  public boolean isVisible(Structure structure) {
    return visible.contains(structure);
  }

  public float opacity(Structure structure) {
    return opacity.get(structure);
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private Map<Structure, Shape> visibleOf(SliceShapes shapes, int slice) {
    if (shapes == null || slice < 0 || slice >= shapes.size()) {
      return Map.of();
    }
    Map<Structure, Shape> shown = new EnumMap<>(Structure.class);
    shapes.slice(slice).forEach((structure, shape) -> {
      if (visible.contains(structure)) {
        shown.put(structure, shape);
      }
    });
    return shown;
  }

  private void resetStyle() {
    visible.addAll(EnumSet.allOf(Structure.class));
    for (Structure structure : Structure.values()) {
      opacity.put(structure, StructureStyle.DEFAULT_FILL_OPACITY);
    }
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
