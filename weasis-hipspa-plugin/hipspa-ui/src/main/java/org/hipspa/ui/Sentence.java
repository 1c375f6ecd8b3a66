package org.hipspa.ui;

import java.awt.Color;
import javax.swing.JLabel;

/**
 * A label that wraps its sentence at the side panel's width. Swing's HTML labels compute their height for a given
 * CSS width in one pass, which a wrapping text area in a box layout does not.
 */
final class Sentence extends JLabel {

  /** Text width in pixels: the side panel's docked width less its margins. */
  static final int WIDTH = 440;

  /** Swing's HTML renderer draws a CSS px as 4/3 of a screen pixel (it reads px at 72 dpi). */
  private static final int CSS_WIDTH = WIDTH * 3 / 4;

  private String sentence = "";

  Sentence(String text) {
    setAlignmentX(LEFT_ALIGNMENT);
    say(text);
  }

  Sentence coloured(Color colour) {
    setForeground(colour);
    return this;
  }

  void say(String text) {
    sentence = text;
    setText("<html><div style='width:" + CSS_WIDTH + "px'>" + escape(text) + "</div></html>");
  }

  /** The sentence as the user reads it, without markup. */
  String sentence() {
    return sentence;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
