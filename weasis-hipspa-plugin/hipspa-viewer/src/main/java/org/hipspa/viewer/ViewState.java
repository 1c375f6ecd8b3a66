package org.hipspa.viewer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hipspa.image.MrSeries;
import org.hipspa.render.DisplayWindow;

/**
 * What every view of the study shows: one slice and one grey window. The prediction and the ground-truth views share
 * one state, so they always show the same slice with the same window. Used on the Swing event thread.
 */
public final class ViewState {

  /** Slices moved by Page Up and Page Down. */
  public static final int PAGE = 5;

  private final int sliceCount;
  private final DisplayWindow initialWindow;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private int slice;
  private DisplayWindow window;

  /**
   * Starts on the middle slice of the series with the window its DICOM files carry, else the percentile window.
   * Measuring the percentile window reads every slice, so this may run on a background thread before the state is
   * handed to the Swing event thread.
   */
  public static ViewState forSeries(MrSeries series) {
    return new ViewState(series.size(), DisplayWindow.initial(series));
  }

  /** Starts on the middle slice with the series' own window, which "Reset window" returns to. */
  public ViewState(int sliceCount, DisplayWindow initialWindow) {
    if (sliceCount < 1) {
      throw new IllegalArgumentException("a view needs at least one slice");
    }
    this.sliceCount = sliceCount;
    this.initialWindow = initialWindow;
    this.window = initialWindow;
    this.slice = (sliceCount - 1) / 2;
  }

  public int slice() {
    return slice;
  }

  public int sliceCount() {
    return sliceCount;
  }

  public DisplayWindow window() {
    return window;
  }

  public DisplayWindow initialWindow() {
    return initialWindow;
  }

  /** Shows this slice, held within the series (index from 0, as in {@code MrSeries.slices()}). */
  public void showSlice(int index) {
    int clamped = Math.max(0, Math.min(sliceCount - 1, index));
    if (clamped != slice) {
      slice = clamped;
      changed();
    }
  }

  /** Moves by this many slices (negative: towards the first), stopping at either end. */
  public void step(int slices) {
    showSlice(slice + slices);
  }

  public void first() {
    showSlice(0);
  }

  public void last() {
    showSlice(sliceCount - 1);
  }

  public void setWindow(DisplayWindow newWindow) {
    if (!newWindow.equals(window)) {
      window = newWindow;
      changed();
    }
  }

  /** Back to the window the view started with: the series' stored window, else the percentile one. */
  public void resetWindow() {
    setWindow(initialWindow);
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }
}
