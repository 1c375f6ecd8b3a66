package org.weasis.core.api.gui.util;

import java.awt.Cursor;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.gui.util.Feature}
 * (weasis-core/src/main/java/org/weasis/core/api/gui/util/Feature.java): the key of a viewer action, typed by the
 * action it gives. Only the nested type of {@link ActionW#SCROLL_SERIES} is mirrored.
 */
public class Feature<T> {

  private final String command;

  public Feature(String title, String command, int keyEvent, int modifier, Cursor cursor) {
    this.command = command;
  }

  public String cmd() {
    return command;
  }

  public static final class SliderCineListenerValue extends Feature<SliderCineListener> {
    public SliderCineListenerValue(String title, String command, int keyEvent, int modifier, Cursor cursor) {
      super(title, command, keyEvent, modifier, cursor);
    }
  }
}
