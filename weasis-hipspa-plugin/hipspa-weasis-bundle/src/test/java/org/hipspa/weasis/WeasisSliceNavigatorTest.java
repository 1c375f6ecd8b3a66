package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.gui.util.ActionW;
import org.weasis.core.api.gui.util.SliderCineListener;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.codec.TagD;
import org.weasis.dicom.viewer2d.EventManager;

class WeasisSliceNavigatorTest {

  private final SliderCineListener slider = new SliderCineListener() {};

  @AfterEach
  void noView() {
    EventManager.getInstance().setSelectedViewPane(null);
  }

  private static void showInView(List<DicomImageElement> images, Comparator<DicomImageElement> order) {
    MediaSeries<DicomImageElement> series = WeasisImages.series(images);
    EventManager.getInstance().setSelectedViewPane(new ViewCanvas<>() {
      private final JPanel component = new JPanel();

      @Override
      public MediaSeries<DicomImageElement> getSeries() {
        return series;
      }

      @Override
      public Comparator<DicomImageElement> getCurrentSortComparator() {
        return order;
      }

      @Override
      public JComponent getJComponent() {
        return component;
      }
    });
  }

  @Test
  void aRowClickMovesTheSliderToThatSliceInTheViewsOwnOrder() throws Exception {
    MrSeries original = TestPelvis.coronal(7);
    List<DicomImageElement> images = WeasisImages.of(original);
    // The scanner numbered the slices back to front: the view, sorted by instance number, runs opposite to the normal.
    for (int i = 0; i < images.size(); i++) {
      WeasisImages.tag(images.get(i), DicomTags.INSTANCE_NUMBER, 100 - i);
    }
    showInView(images, Comparator.comparing(
        (DicomImageElement e) -> TagD.getTagValue(e, DicomTags.INSTANCE_NUMBER, Integer.class)));
    EventManager.getInstance().registerAction(ActionW.SCROLL_SERIES, slider);
    WeasisSeries analysed = WeasisSeriesReader.read(images, ProgressListener.NONE, new CancelToken());
    WeasisSliceNavigator navigator = new WeasisSliceNavigator(analysed::images);

    navigator.showSlice(1); // second along the normal = second from the end by instance number

    assertThat(slider.getSliderValue()).isEqualTo(6);
    navigator.showSlice(6);
    assertThat(slider.getSliderValue()).isEqualTo(1);
  }

  @Test
  void whenTheViewShowsAnotherSeriesTheSliderStaysWhereItIs() throws Exception {
    List<DicomImageElement> analysedImages = WeasisImages.of(TestPelvis.coronal(5));
    List<DicomImageElement> other = WeasisImages.of(TestPelvis.coronal(5));
    for (int i = 0; i < other.size(); i++) {
      WeasisImages.tag(other.get(i), DicomTags.SOP_INSTANCE_UID, "9.9." + i);
    }
    showInView(other, null);
    EventManager.getInstance().registerAction(ActionW.SCROLL_SERIES, slider);
    slider.setSliderValue(3);

    new WeasisSliceNavigator(() -> analysedImages).showSlice(0);

    assertThat(slider.getSliderValue()).isEqualTo(3);
  }
}
