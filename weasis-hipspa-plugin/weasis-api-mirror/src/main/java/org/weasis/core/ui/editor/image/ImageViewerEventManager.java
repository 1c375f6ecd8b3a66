package org.weasis.core.ui.editor.image;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.weasis.core.api.gui.util.Feature;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.editor.image.ImageViewerEventManager}
 * (weasis-core/src/main/java/org/weasis/core/ui/editor/image/ImageViewerEventManager.java): the viewer's actions and
 * selected view. {@link #registerAction} and {@link #setSelectedViewPane} are the mirror's own, for tests (Weasis
 * fills these itself).
 */
public abstract class ImageViewerEventManager<E> {

  private final Map<Feature<?>, Object> actions = new HashMap<>();
  private ViewCanvas<E> selectedView;

  @SuppressWarnings("unchecked")
  public <T> Optional<T> getAction(Feature<T> feature) {
    return feature == null ? Optional.empty() : Optional.ofNullable((T) actions.get(feature));
  }

  public ViewCanvas<E> getSelectedViewPane() {
    return selectedView;
  }

  public <T> void registerAction(Feature<T> feature, T action) {
    actions.put(feature, action);
  }

  public void setSelectedViewPane(ViewCanvas<E> view) {
    selectedView = view;
  }
}
