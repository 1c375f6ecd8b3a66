package org.hipspa.viewer;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hipspa view}: opens the standalone viewer on a study and returns when its window is closed. */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    description = {"Opens a window with the series, the lesion layers and the HipSpA side panel (Analyse, the HIMRISS"
        + " slice table, the UNet-score). A synthetic phantom's folder opens in teaching mode: the prediction beside"
        + " the ground truth with each slice's Dice. A SEG written by HipSpA (--result, or one beside the study) is"
        + " shown without running the model. The input is only read."})
public final class ViewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "DICOM folder or file of the series (a phantom patient's folder for teaching mode).")
  Path folder;

  @Option(names = "--series", paramLabel = "UID", description = "SeriesInstanceUID to show when the folder holds several series.")
  String seriesUid;

  @Option(names = "--model", paramLabel = "DIR", description = "Model folder for Analyse (default: the shipped model).")
  Path model;

  @Option(names = "--result", paramLabel = "SEG", description = "A DICOM SEG written by HipSpA, or its result folder, to show instead of analysing.")
  Path result;

  @Option(names = "--analyse", description = "Ignore a stored result in or beside the folder, so that Analyse runs the model.")
  boolean analyse;

  @Override
  public Integer call() throws Exception {
    if (analyse && result != null) {
      spec.commandLine().getErr().println("--analyse and --result ask for opposite things; give one of them.");
      return 2;
    }
    if (GraphicsEnvironment.isHeadless()) {
      spec.commandLine().getErr().println("hipspa view needs a display, and none is available; run it on a desktop"
          + " (or under xvfb-run), or use hipspa analyze for a report.");
      return 1;
    }
    show(new ViewRequest(folder, seriesUid, model, result, analyse));
    return 0;
  }

  /** Opens the viewer and waits until the person closes it. */
  static void show(ViewRequest request) throws Exception {
    AtomicReference<ViewerWindow> window = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> window.set(ViewerWindow.open(request, softwareVersion())));
    window.get().awaitClosed();
  }

  static String softwareVersion() {
    String v = ViewCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
