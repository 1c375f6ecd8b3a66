package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.awt.event.MouseWheelEvent;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.hipspa.image.MrSeries;
import org.hipspa.render.DisplayWindow;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScrollingTest {

  private static MrSeries series;

  @BeforeAll
  static void pelvis() throws Exception {
    series = TestPelvis.coronal(12);
  }

  @Test
  void theViewOpensOnTheMiddleSliceAndStepsStopAtBothEnds() {
    ViewState state = new ViewState(12, new DisplayWindow(100, 50));
    assertThat(state.slice()).isEqualTo(5);

    state.step(-100);
    assertThat(state.slice()).isZero();
    state.step(-1);
    assertThat(state.slice()).isZero();
    state.step(ViewState.PAGE);
    assertThat(state.slice()).isEqualTo(5);
    state.last();
    state.step(1);
    assertThat(state.slice()).isEqualTo(11);
    state.showSlice(40);
    assertThat(state.slice()).isEqualTo(11);
    state.first();
    assertThat(state.slice()).isZero();
  }

  @Test
  void listenersHearAChangeOnlyWhenTheSliceReallyChanges() {
    ViewState state = new ViewState(3, new DisplayWindow(100, 50));
    int[] heard = {0};
    state.addListener(() -> heard[0]++);

    state.last();
    state.step(1);
    state.last();

    assertThat(heard[0]).isEqualTo(1);
  }

  @Test
  void theKeysScrollByOneSliceAPageOrToEitherEnd() throws Exception {
    ViewState state = new ViewState(series.size(), DisplayWindow.auto(series));
    SliceView view = Edt.call(() -> new SliceView("test", series, state, i -> Map.of(), new ViewerLayers()));

    press(view, "DOWN");
    assertThat(state.slice()).isEqualTo(6);
    press(view, "UP");
    press(view, "UP");
    assertThat(state.slice()).isEqualTo(4);
    press(view, "PAGE_DOWN");
    assertThat(state.slice()).isEqualTo(9);
    press(view, "PAGE_UP");
    assertThat(state.slice()).isEqualTo(4);
    press(view, "END");
    assertThat(state.slice()).isEqualTo(11);
    press(view, "HOME");
    assertThat(state.slice()).isZero();
  }

  @Test
  void theMouseWheelScrollsOneSlicePerNotchTowardsTheEndWhenTurnedDown() throws Exception {
    ViewState state = new ViewState(series.size(), DisplayWindow.auto(series));
    SliceView view = Edt.call(() -> new SliceView("test", series, state, i -> Map.of(), new ViewerLayers()));

    Edt.run(() -> view.dispatchEvent(new MouseWheelEvent(view, MouseWheelEvent.MOUSE_WHEEL, 0, 0, 10, 10, 0, false,
        MouseWheelEvent.WHEEL_UNIT_SCROLL, 3, 2)));

    assertThat(state.slice()).isEqualTo(7);
  }

  /** Runs the action the view binds to this key, as Swing does when the key is pressed with the view focused. */
  private static void press(SliceView view, String key) throws Exception {
    Edt.run(() -> {
      Object name = view.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(key));
      assertThat(name).as("binding of " + key).isNotNull();
      view.getActionMap().get(name).actionPerformed(new ActionEvent(view, ActionEvent.ACTION_PERFORMED, key));
    });
  }
}
