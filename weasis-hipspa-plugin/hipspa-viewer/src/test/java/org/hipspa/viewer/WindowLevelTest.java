package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipspa.render.DisplayWindow;
import org.junit.jupiter.api.Test;

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
}
