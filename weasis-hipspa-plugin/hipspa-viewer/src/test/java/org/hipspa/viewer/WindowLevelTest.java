package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.image.MrSeries;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.phantom.PhantomWindow;
import org.hipspa.phantom.PhantomWriter;
import org.hipspa.render.DisplayWindow;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLevelTest {

  private static final DisplayWindow SERIES = new DisplayWindow(500, 800);

  @Test
  void draggingRightWidensTheWindowAndLeftNarrowsIt() {
    WindowDrag drag = new WindowDrag(SERIES, SERIES);

    assertThat(drag.to(100, 0)).isEqualTo(new DisplayWindow(500, 1000));
    assertThat(drag.to(-100, 0)).isEqualTo(new DisplayWindow(500, 600));
  }

  @Test
  void draggingDownRaisesTheLevelSoTheSamePixelTurnsDarker() {
    DisplayWindow lower = new WindowDrag(SERIES, SERIES).to(0, 80);

    assertThat(lower.centre()).isEqualTo(660);
    assertThat(lower.grey(500f)).isLessThan(SERIES.grey(500f));
    assertThat(SERIES.grey(500f)).isEqualTo(128);
  }

  @Test
  void aDragFromAnEarlierWindowStartsWhereThatWindowWas() {
    DisplayWindow earlier = new DisplayWindow(300, 200);

    assertThat(new WindowDrag(earlier, SERIES).to(20, -10)).isEqualTo(new DisplayWindow(280, 240));
  }

  @Test
  void theWindowNeverCollapsesHoweverFarItIsDraggedLeft() {
    DisplayWindow narrowest = new WindowDrag(SERIES, SERIES).to(-100_000, 0);

    assertThat(narrowest.width()).isEqualTo(SERIES.width() / WindowDrag.PIXELS_PER_WIDTH);
  }

  @Test
  void resetReturnsToTheSeriesOwnWindow() {
    ViewState state = new ViewState(20, SERIES);
    state.setWindow(new WindowDrag(SERIES, SERIES).to(50, 50));
    assertThat(state.window()).isNotEqualTo(SERIES);

    state.resetWindow();

    assertThat(state.window()).isEqualTo(SERIES);
  }

  @Test
  void aSeriesOpensInTheWindowItsDicomFilesCarryAndResetReturnsThere(@TempDir Path tmp) throws Exception {
    PhantomPatient patient = new PhantomGenerator().generate(PhantomSettings.defaults(5).withSlices(6, 4.0, 4.0));
    PhantomWriter.write(patient, tmp.resolve("patient"));
    MrSeries series = new DicomSeriesReader().read(List.of(tmp.resolve("patient")), null, ReadProgress.NONE);
    double muscle = patient.parameters().muscleSignal();
    DisplayWindow stir = new DisplayWindow(PhantomWindow.centre(muscle), PhantomWindow.width(muscle));

    ViewState state = ViewState.forSeries(series);

    assertThat(state.window()).isEqualTo(stir).isNotEqualTo(DisplayWindow.auto(series));
    int oneWidth = (int) WindowDrag.PIXELS_PER_WIDTH;
    state.setWindow(new WindowDrag(state.window(), state.initialWindow()).to(oneWidth, 0));
    assertThat(state.window().width()).as("a drag's sensitivity follows the stored window").isEqualTo(2 * stir.width());
    state.resetWindow();
    assertThat(state.window()).isEqualTo(stir);
  }

  @Test
  void aSeriesWithoutAStoredWindowOpensInThePercentileWindow() throws Exception {
    MrSeries series = TestPelvis.coronal(12);
    assertThat(series.storedWindow()).isEmpty();

    ViewState state = ViewState.forSeries(series);

    assertThat(state.window()).isEqualTo(DisplayWindow.auto(series));
    assertThat(state.initialWindow()).isEqualTo(DisplayWindow.auto(series));
  }
}
