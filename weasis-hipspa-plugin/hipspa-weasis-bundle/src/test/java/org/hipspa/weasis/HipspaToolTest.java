package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import javax.swing.JComponent;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;
import org.hipspa.ui.AnalysisController;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.ModelSummary;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.viewer2d.EventManager;

class HipspaToolTest {

  @AfterEach
  void noView() {
    EventManager.getInstance().setSelectedViewPane(null);
  }

  private static void show(MediaSeries<DicomImageElement> series) {
    EventManager.getInstance().setSelectedViewPane(new ViewCanvas<>() {
      @Override
      public MediaSeries<DicomImageElement> getSeries() {
        return series;
      }

      @Override
      public Comparator<DicomImageElement> getCurrentSortComparator() {
        return null;
      }

      @Override
      public JComponent getJComponent() {
        return null;
      }
    });
  }

  @Test
  void anAnalysisOfTheOpenSeriesFinishesAndSwitchingToAnotherSeriesClearsItsResult() throws Exception {
    MrSeries pelvis = TestPelvis.coronal(11);
    List<DicomImageElement> images = WeasisImages.of(pelvis);
    show(WeasisImages.series(images));
    AnalysisPanel panel = new AnalysisPanel(ModelSummary.defaultModel(), new WeasisAnalysisHost());
    HipspaTool tool = Edt.call(() -> new HipspaTool(panel));
    Edt.run(() -> panel.usePipeline(KnownMasksSegmenter.returning(TestPelvis.truth(pelvis)).pipeline(Clock.systemUTC()),
        AnalysisController.daemonThreads()));

    Edt.call(panel::analyse);
    Edt.await(() -> !panel.isAnalysing(), Duration.ofSeconds(60));
    Edt.run(tool::checkSeries);
    assertThat(panel.outcome()).as(panel.statusText()).isPresent();

    show(WeasisImages.series(WeasisImages.of(pelvis)));
    Edt.run(tool::checkSeries);

    assertThat(panel.outcome()).isEmpty();
    assertThat(panel.resultsArea().showsPlaceholder()).isTrue();
    Edt.run(tool::dispose);
  }
}
