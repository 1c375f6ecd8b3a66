package org.hipspa.phantom;

/**
 * The display window of phantom images, set from the muscle signal: black at 0, white at 2.4 times muscle,
 * so fat and marrow are dark, muscle mid-grey, edema light and fluid (bladder, effusion) near white.
 */
public final class PhantomWindow {
  private PhantomWindow() {}

  public static double centre(double muscleSignal) {
    return Math.rint(1.2 * muscleSignal);
  }

  public static double width(double muscleSignal) {
    return Math.rint(2.4 * muscleSignal);
  }

  static double low(double muscleSignal) {
    return centre(muscleSignal) - width(muscleSignal) / 2;
  }

  static double high(double muscleSignal) {
    return centre(muscleSignal) + width(muscleSignal) / 2;
  }
}
