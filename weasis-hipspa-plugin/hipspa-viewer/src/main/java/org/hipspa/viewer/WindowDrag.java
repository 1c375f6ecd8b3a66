package org.hipspa.viewer;

import org.hipspa.render.DisplayWindow;

/**
 * Window and level by dragging, as in Weasis: dragging right widens the window (less contrast), left narrows it;
 * dragging down raises the level (a darker image), up lowers it. One screen pixel moves the window by a fixed share of
 * the series' own window width, so the feel is the same for any scanner's value range.
 */
public final class WindowDrag {

  /** A drag across this many screen pixels changes the width (or level) by the series' own window width. */
  static final double PIXELS_PER_WIDTH = 400;

  private final DisplayWindow start;
  private final double unitsPerPixel;

  /**
   * @param start the window when the drag began
   * @param seriesWindow the series' own window, which sets the drag's sensitivity
   */
  public WindowDrag(DisplayWindow start, DisplayWindow seriesWindow) {
    this.start = start;
    this.unitsPerPixel = seriesWindow.width() / PIXELS_PER_WIDTH;
  }

  /** The window after dragging by (dx, dy) screen pixels from where the drag began; the width stays positive. */
  public DisplayWindow to(int dx, int dy) {
    double width = Math.max(unitsPerPixel, start.width() + dx * unitsPerPixel);
    double centre = start.centre() + dy * unitsPerPixel;
    return new DisplayWindow(centre, width);
  }
}
