package org.hipspa.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-facing strings from messages.properties, so a translation is a file, not a code change. */
public final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.hipspa.ui.messages", Messages.class.getModule());

  private Messages() {}

  public static String get(String key, Object... arguments) {
    String text = BUNDLE.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }
}
