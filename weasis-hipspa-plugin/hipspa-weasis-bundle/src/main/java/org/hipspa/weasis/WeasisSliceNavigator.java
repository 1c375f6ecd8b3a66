package org.hipspa.weasis;

import java.util.List;
import java.util.function.Supplier;
import org.hipspa.ui.SliceNavigator;
import org.weasis.core.api.gui.util.ActionW;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * A click on a table row moves Weasis's slice slider to that slice. The analysis sorted slices along the normal; the
 * view may sort another way (instance number, say), so the slice is found in the view's own order.
 */
final class WeasisSliceNavigator implements SliceNavigator {

  private final Supplier<List<DicomImageElement>> analysedImages;

  /** @param analysedImages Weasis's image for each slice of the analysed series, index for index */
  WeasisSliceNavigator(Supplier<List<DicomImageElement>> analysedImages) {
    this.analysedImages = analysedImages;
  }

  @Override
  public void showSlice(int sliceIndex) {
    List<DicomImageElement> images = analysedImages.get();
    EventManager events = EventManager.getInstance();
    ViewCanvas<DicomImageElement> view = events.getSelectedViewPane();
    if (images == null || sliceIndex < 0 || sliceIndex >= images.size() || view == null || view.getSeries() == null) {
      return;
    }
    int position = positionInView(view.getSeries().copyOfMedias(null, view.getCurrentSortComparator()),
        images.get(sliceIndex));
    if (position >= 0) {
      events.getAction(ActionW.SCROLL_SERIES).ifPresent(slider -> slider.setSliderValue(position + 1));
    }
  }

  /** Where the image stands in the view's order (from 0), or -1 when the view shows another series. */
  static int positionInView(List<DicomImageElement> viewOrder, DicomImageElement image) {
    for (int i = 0; i < viewOrder.size(); i++) {
      if (viewOrder.get(i) == image) {
        return i;
      }
    }
    String uid = WeasisSeriesReader.text(image, DicomTags.SOP_INSTANCE_UID);
    int frame = WeasisSeriesReader.frameNumber(image);
    for (int i = 0; i < viewOrder.size(); i++) {
      DicomImageElement other = viewOrder.get(i);
      if (uid.equals(WeasisSeriesReader.text(other, DicomTags.SOP_INSTANCE_UID))
          && frame == WeasisSeriesReader.frameNumber(other)) {
        return i;
      }
    }
    return -1;
  }
}
