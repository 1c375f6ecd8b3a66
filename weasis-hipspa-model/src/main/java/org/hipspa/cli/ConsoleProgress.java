package org.hipspa.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;

/** A one-line progress bar on the console: redrawn in place on a terminal, a line per stage otherwise. */
final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final boolean terminal;
  private Stage shown;
  private int shownPercent = -1;

  ConsoleProgress(PrintWriter out) {
    this.out = out;
    this.terminal = System.console() != null;
  }

  @Override
  public synchronized void progress(Stage stage, double fraction) {
    int percent = (int) Math.round(100 * Math.max(0, Math.min(1, fraction)));
    if (stage == shown && percent == shownPercent) {
      return;
    }
    if (terminal) {
      int filled = percent * WIDTH / 100;
      out.printf(Locale.ROOT, "\r%-20s [%s%s] %3d%%", stage.description(), "#".repeat(filled), " ".repeat(WIDTH - filled), percent);
      if (percent == 100) {
        out.println();
      }
    } else if (stage != shown || percent == 100 && shownPercent != 100) {
      out.printf(Locale.ROOT, "%s %d%%%n", stage.description(), percent);
    }
    out.flush();
    shown = stage;
    shownPercent = percent;
  }
}
