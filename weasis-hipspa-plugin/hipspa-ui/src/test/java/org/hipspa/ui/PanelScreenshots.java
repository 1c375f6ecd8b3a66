package org.hipspa.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import java.awt.BorderLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.ui.testing.Edt;
import org.hipspa.ui.testing.KnownMasksSegmenter;
import org.hipspa.phantom.PhantomTruth;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Screenshots of the side panel filled from a phantom analysis, on a real display (run under Xvfb, see
 * docs/images/README.md): the panel in Weasis's dark FlatLaf theme beside a stand-in of the 2D view. The masks are the
 * phantom's ground truth run through the real pipeline (locate, score), until a trained model exists.
 *
 * <p>Usage: {@code PanelScreenshots <output folder> [phantom seed]}.
 */
public final class PanelScreenshots {

  private PanelScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path out = Files.createDirectories(Path.of(args[0]));
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    PhantomPatient patient = new PhantomGenerator().generate(PhantomSettings.defaults(seed));
    SeriesSegmentation truth = PhantomTruth.segmentation(patient);
    // With a model folder as third argument the panel runs the real network; without, the phantom's true masks.
    org.hipspa.net.Segmenter network = args.length > 2 ? org.hipspa.net.Segmenter.open(Path.of(args[2]), 8) : null;
    SliceViewStandIn view = new SliceViewStandIn();
    AnalysisHost host = new AnalysisHost() {
      @Override
      public Optional<SeriesSource> selectedSeries() {
        return Optional.of((progress, cancel) -> patient.series());
      }

      @Override
      public SliceNavigator navigator() {
        return view;
      }

      @Override
      public LesionLayers layers() {
        return view;
      }
    };
    AtomicReference<AnalysisPanel> panelRef = new AtomicReference<>();
    AtomicReference<JFrame> frameRef = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      FlatDarkLaf.setup();
      AnalysisPanel panel;
      if (network == null) {
        panel = new AnalysisPanel(new ModelSummary("phantom ground-truth masks (interface picture, no network)",
            "Synthetic phantom data: not for diagnosis."), host);
        panel.usePipeline(KnownMasksSegmenter.returning(truth).pipeline(Clock.systemUTC()),
            AnalysisController.daemonThreads());
      } else {
        var manifest = network.manifest();
        panel = new AnalysisPanel(new ModelSummary(manifest.name() + " " + manifest.version(),
            "Trained on synthetic phantom data only: not for diagnosis."), host);
        panel.usePipeline(org.hipspa.pipeline.HipAnalysis.onNetwork(network,
            org.hipspa.score.HimrissSettings.PAPER, "screenshot"), AnalysisController.daemonThreads());
      }
      panel.setPreferredSize(new java.awt.Dimension(500, 900));
      JFrame frame = new JFrame("HipSpA side panel");
      frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
      frame.getContentPane().add(view, BorderLayout.CENTER);
      frame.getContentPane().add(panel, BorderLayout.EAST);
      frame.pack();
      frame.setLocation(0, 0);
      frame.setVisible(true);
      panelRef.set(panel);
      frameRef.set(frame);
    });
    AnalysisPanel panel = panelRef.get();
    Edt.run(panel::analyse);
    Edt.await(() -> panel.outcome().isPresent() || !panel.isAnalysing() && panel.statusText().contains("."),
        Duration.ofMinutes(2));
    if (panel.outcome().isEmpty()) {
      throw new IllegalStateException(panel.statusText());
    }
    // Select the right hip's central slice, as a reader would click it.
    Edt.run(() -> {
      JTable table = panel.resultsView().table(org.hipspa.segment.HipSide.RIGHT);
      SliceTableModel model = panel.resultsView().tableModel(org.hipspa.segment.HipSide.RIGHT);
      int central = panel.outcome().get().result().scores().right().centralSliceIndex();
      for (int r = 0; r < model.getRowCount(); r++) {
        if (model.sliceIndexOf(r) == central) {
          table.setRowSelectionInterval(r, r);
          table.scrollRectToVisible(table.getCellRect(r, 0, true));
        }
      }
    });
    Thread.sleep(800);
    Robot robot = new Robot();
    JFrame frame = frameRef.get();
    Rectangle whole = Edt.call(() -> new Rectangle(frame.getContentPane().getLocationOnScreen(),
        frame.getContentPane().getSize()));
    ImageIO.write(robot.createScreenCapture(whole), "png", out.resolve("hipspa-viewer-and-panel.png").toFile());
    Rectangle side = Edt.call(() -> {
      Point at = panel.getLocationOnScreen();
      return new Rectangle(at, panel.getSize());
    });
    ImageIO.write(robot.createScreenCapture(side), "png", out.resolve("hipspa-panel.png").toFile());
    // The BME layer switched off, as a reader compares with and without the overlay.
    Edt.run(() -> panel.resultsView().layerControls().toggle(org.hipspa.segment.Structure.BME).doClick());
    Thread.sleep(400);
    ImageIO.write(robot.createScreenCapture(whole), "png", out.resolve("hipspa-bme-hidden.png").toFile());
    Edt.run(() -> {
      panel.dispose();
      frame.dispose();
    });
    System.exit(0);
  }
}
