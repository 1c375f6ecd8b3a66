package org.weasis.core.ui.editor.image;

import java.util.Comparator;
import javax.swing.JComponent;
import org.weasis.core.api.media.data.MediaSeries;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.ui.editor.image.ViewCanvas}
 * (weasis-core/src/main/java/org/weasis/core/ui/editor/image/ViewCanvas.java): one image view of a viewer; only the
 * members the plugin uses.
 */
public interface ViewCanvas<E> {

  MediaSeries<E> getSeries();

  /** The order the view's slider walks through the series. */
  Comparator<E> getCurrentSortComparator();

  JComponent getJComponent();
}
