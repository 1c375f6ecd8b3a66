package org.hipspa.viewer;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The viewer's user-facing strings, from messages.properties (the panel's are hipspa-ui's). */
final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("org.hipspa.viewer.messages", Messages.class.getModule());

  private Messages() {}

  static String get(String key, Object... arguments) {
    String text = BUNDLE.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }
}
