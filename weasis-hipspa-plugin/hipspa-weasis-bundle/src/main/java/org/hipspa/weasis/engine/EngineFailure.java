package org.hipspa.weasis.engine;

import java.util.Locale;

/** Turns an engine start-up failure into one sentence for the person at the workstation. */
public final class EngineFailure {

  private EngineFailure() {}

  public static String sentence(Throwable failure) {
    String platform = System.getProperty("os.name") + ", " + System.getProperty("os.arch");
    if (isMissingNative(failure)) {
      return "The analysis engine has no native library for this workstation ("
          + platform
          + "): ask your administrator to add the HipSpA native bundle for this platform to the Weasis configuration.";
    }
    return "The analysis engine could not start on this workstation ("
        + platform
        + "): please send the Weasis log file to your administrator.";
  }

  private static boolean isMissingNative(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnsatisfiedLinkError) {
        return true;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("library not found")
          || message.contains("offline mode")
          || message.contains("no deep learning engine found")
          || message.contains("failed to download")) {
        return true;
      }
    }
    return false;
  }
}
