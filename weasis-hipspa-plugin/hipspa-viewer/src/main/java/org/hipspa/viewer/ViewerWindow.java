package org.hipspa.viewer;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.report.AnalysisResult;
import org.hipspa.score.HipScore;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.ui.AnalysisController;
import org.hipspa.ui.AnalysisHost;
import org.hipspa.ui.AnalysisOutcome;
import org.hipspa.ui.AnalysisPanel;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.ModelSummary;
import org.hipspa.ui.SeriesSource;
import org.hipspa.ui.SliceNavigator;
import org.hipspa.ui.SliceShapes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone viewer's window: the series with its lesion layers on the left (in teaching mode the prediction
 * beside the ground truth, same slice, same window, with the slice's Dice under them), the side panel Weasis shows on
 * the right, a progress bar and a status sentence at the bottom. Reading and the model run on background threads;
 * everything here runs on the Swing event thread.
 */
public final class ViewerWindow {

  private static final Logger LOG = LoggerFactory.getLogger(ViewerWindow.class);
  private static final Color WARNING = new Color(0xE0, 0x8A, 0x3C);

  private final ViewRequest request;
  private final String softwareVersion;
  private final JFrame frame = new JFrame(Messages.get("window.title"));
  private final ViewerLayers layers = new ViewerLayers();
  private final AnalysisPanel panel;
  private final JPanel viewsArea = new JPanel(new BorderLayout());
  private final JLabel banner = new JLabel();
  private final JLabel sliceLabel = new JLabel(" ");
  private final JLabel diceLabel = new JLabel(" ");
  private final JLabel truthScoreLabel = new JLabel(" ");
  private final JButton resetWindow = new JButton(Messages.get("view.resetWindow"));
  private final JProgressBar progress = new JProgressBar(0, 100);
  private final JLabel status = new JLabel(" ");
  private final List<SliceView> views = new ArrayList<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "hipspa-viewer-read");
    thread.setDaemon(true);
    return thread;
  });
  private final CancelToken closing = new CancelToken();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicReference<ViewerEngine> engine = new AtomicReference<>();
  private final AtomicBoolean loaded = new AtomicBoolean();
  private StudyLoader.LoadedStudy study;
  private ViewState state;

  private ViewerWindow(ViewRequest request, String softwareVersion) {
    this.request = request;
    this.softwareVersion = softwareVersion;
    panel = new AnalysisPanel(ModelSummary.defaultModel(), new Host());
    frame.setName("hipspa.viewer");
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosed(WindowEvent e) {
        shutDown();
      }
    });

    banner.setName("hipspa.viewer.banner");
    banner.setForeground(WARNING);
    banner.setVisible(false);
    resetWindow.setName("hipspa.viewer.resetWindow");
    resetWindow.setToolTipText(Messages.get("view.resetWindow.tip"));
    resetWindow.setEnabled(false);
    resetWindow.addActionListener(e -> {
      if (state != null) {
        state.resetWindow();
      }
    });
    JPanel top = new JPanel(new BorderLayout(8, 0));
    top.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
    JPanel tools = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
    tools.add(resetWindow);
    top.add(tools, BorderLayout.WEST);
    top.add(banner, BorderLayout.CENTER);

    sliceLabel.setName("hipspa.viewer.slice");
    diceLabel.setName("hipspa.viewer.dice");
    diceLabel.setVisible(false);
    truthScoreLabel.setName("hipspa.viewer.truthScore");
    truthScoreLabel.setVisible(false);
    JPanel under = new JPanel(new GridLayout(0, 1, 0, 2));
    under.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    under.add(sliceLabel);
    under.add(diceLabel);
    under.add(truthScoreLabel);

    JPanel left = new JPanel(new BorderLayout());
    left.add(top, BorderLayout.NORTH);
    left.add(viewsArea, BorderLayout.CENTER);
    left.add(under, BorderLayout.SOUTH);
    viewsArea.setBackground(Color.BLACK);

    JPanel side = new JPanel(new BorderLayout());
    side.add(panel.inScrollPane(), BorderLayout.CENTER);
    side.setPreferredSize(new Dimension(500, 600));

    progress.setName("hipspa.viewer.progress");
    progress.setStringPainted(true);
    progress.setString("");
    progress.setPreferredSize(new Dimension(220, progress.getPreferredSize().height));
    status.setName("hipspa.viewer.status");
    JPanel bottom = new JPanel(new BorderLayout(8, 0));
    bottom.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
    bottom.add(progress, BorderLayout.WEST);
    bottom.add(status, BorderLayout.CENTER);

    frame.getContentPane().setLayout(new BorderLayout());
    frame.getContentPane().add(left, BorderLayout.CENTER);
    frame.getContentPane().add(side, BorderLayout.EAST);
    frame.getContentPane().add(bottom, BorderLayout.SOUTH);
    frame.setSize(1500, 920);
    frame.setLocationByPlatform(true);
  }

  /** Opens a window on the request and starts reading; call on the Swing event thread. */
  public static ViewerWindow open(ViewRequest request, String softwareVersion) {
    if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
      FlatDarkLaf.setup();
    }
    ViewerWindow window = new ViewerWindow(request, softwareVersion);
    window.frame.setVisible(true);
    window.startReading();
    return window;
  }

  private void startReading() {
    say(Messages.get("status.reading"), false);
    progress.setString(Stage.READ.description() + "…");
    CompletableFuture
        .supplyAsync(() -> {
          try {
            StudyLoader.LoadedStudy read = StudyLoader.load(request, this::readProgress, closing::isCancelled);
            SliceShapes truthShapes = read.truth().map(SliceShapes::of).orElse(null);
            return new Read(read, truthShapes, ViewState.forSeries(read.series()));
          } catch (HipspaException e) {
            throw new ReadFailure(e.getMessage());
          }
        }, background)
        .whenComplete((read, failure) -> SwingUtilities.invokeLater(() -> {
          if (closing.isCancelled()) {
            return;
          }
          if (failure == null) {
            show(read);
          } else {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            String sentence = cause instanceof ReadFailure f ? f.getMessage() : Messages.get("status.failed");
            if (!(cause instanceof ReadFailure)) {
              LOG.error("The study could not be read", cause);
            }
            progress.setValue(0);
            progress.setString("");
            say(sentence, true);
            JOptionPane pane = new JOptionPane(sentence, JOptionPane.ERROR_MESSAGE);
            var dialog = pane.createDialog(frame, Messages.get("window.title"));
            dialog.setModal(false);
            dialog.setVisible(true);
          }
        }));
  }

  private record Read(StudyLoader.LoadedStudy study, SliceShapes truthShapes, ViewState state) {}

  private static final class ReadFailure extends RuntimeException {
    ReadFailure(String sentence) {
      super(sentence, null, false, false);
    }
  }

  private void readProgress(double fraction) {
    SwingUtilities.invokeLater(() -> progress.setValue((int) Math.round(100 * fraction)));
  }

  private void show(Read read) {
    study = read.study();
    MrSeries series = study.series();
    state = read.state();
    boolean teaching = study.truth().isPresent();
    String predictionTitle = study.stored().isPresent() ? Messages.get("view.stored")
        : teaching ? Messages.get("view.prediction") : series.seriesDescription();
    SliceView prediction = new SliceView(predictionTitle == null ? "" : predictionTitle, series, state,
        layers::prediction, layers);
    views.add(prediction);
    if (teaching) {
      layers.showTruth(read.truthShapes());
      views.add(new SliceView(Messages.get("view.truth"), series, state, layers::truth, layers));
    }
    JPanel grid = new JPanel(new GridLayout(1, views.size(), 4, 0));
    grid.setBackground(Color.BLACK);
    views.forEach(grid::add);
    viewsArea.add(grid, BorderLayout.CENTER);
    viewsArea.revalidate();
    state.addListener(this::describeSlice);
    layers.addListener(this::describeSlice);
    resetWindow.setEnabled(true);
    describeSlice();
    progress.setValue(100);
    progress.setString(Messages.get("status.read"));
    say(Messages.get("status.shown", series.summary()), false);
    prediction.requestFocusInWindow();
    LOG.info("series shown {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());

    if (study.stored().isPresent()) {
      StoredResult stored = study.stored().get();
      String sentence = Messages.get("stored.sentence", stored.segFile().getFileName(), stored.algorithm());
      banner.setText(sentence);
      banner.setVisible(true);
      panel.showModel(new ModelSummary(stored.algorithm() + Messages.get("stored.modelSuffix"),
          Messages.get("stored.limit")));
      panel.pipelineUnavailable(Messages.get("stored.analyseOff"));
      panel.showStored(stored.outcome(), sentence);
    } else {
      if (teaching) {
        banner.setText(Messages.get("teaching.banner"));
        banner.setVisible(true);
      }
      startEngine();
    }
  }

  private void startEngine() {
    CompletableFuture<ViewerEngine> opening = CompletableFuture.supplyAsync(() -> {
      try {
        return ViewerEngine.open(request.model(), softwareVersion);
      } catch (HipspaException e) {
        throw new ReadFailure(e.getMessage());
      }
    }, background);
    panel.followEngine(opening.thenApply(ViewerEngine::engine), failure -> {
      Throwable cause = failure.getCause() == null ? failure : failure.getCause();
      if (!(cause instanceof ReadFailure)) {
        LOG.error("The model could not be loaded", cause);
      }
      return cause instanceof ReadFailure ? cause.getMessage() : Messages.get("engine.failed");
    });
    opening.whenComplete((opened, failure) -> SwingUtilities.invokeLater(() -> {
      if (opened == null) {
        return;
      }
      if (closing.isCancelled()) {
        opened.close();
        return;
      }
      engine.set(opened);
      panel.showModel(opened.summary());
      panel.usePipeline(opened.analysis(), AnalysisController.daemonThreads());
      loaded.set(true);
      LOG.info("model ready {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
    }));
  }

  /** The slice label, and in teaching mode the Dice of each structure on this slice. */
  private void describeSlice() {
    if (state == null) {
      return;
    }
    sliceLabel.setText(SliceView.label(study.series(), state.slice()) + "   ·   "
        + Messages.get("view.keys"));
    Optional<SeriesSegmentation> truth = study.truth();
    if (truth.isEmpty()) {
      return;
    }
    diceLabel.setVisible(true);
    Optional<AnalysisOutcome> shown = panel.outcome();
    if (layers.hasPrediction() && shown.isPresent()) {
      int i = state.slice();
      AnalysisResult result = shown.get().result();
      diceLabel.setText(SliceDice.line(SliceDice.of(result.prediction().slice(i), truth.get().slice(i))));
      truthScoreLabel.setVisible(result.groundTruthScores().isPresent());
      result.groundTruthScores().ifPresent(t -> truthScoreLabel.setText(Messages.get("truth.score",
          score(t.right()), score(t.left()), String.format(Locale.ROOT, "%.3f", t.total()),
          String.format(Locale.ROOT, "%.3f", result.scores().total()))));
    } else {
      diceLabel.setText(Messages.get("dice.none"));
      truthScoreLabel.setVisible(false);
    }
  }

  private static String score(HipScore hip) {
    return hip.isScored() ? String.format(Locale.ROOT, "%.3f", hip.unetScore()) : Messages.get("truth.noScore");
  }

  private void say(String sentence, boolean problem) {
    status.setText(sentence);
    status.setForeground(problem ? WARNING : UIManager.getColor("Label.foreground"));
  }

  private void shutDown() {
    closing.cancel();
    panel.dispose();
    background.shutdownNow();
    ViewerEngine opened = engine.getAndSet(null);
    if (opened != null) {
      opened.close();
    }
    closed.countDown();
  }

  /** Blocks until the window is closed. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  public JFrame frame() {
    return frame;
  }

  public AnalysisPanel panel() {
    return panel;
  }

  public List<SliceView> views() {
    return List.copyOf(views);
  }

  /** The shared slice and window, once the series is read; null before. */
  public ViewState state() {
    return state;
  }

  public ViewerLayers layers() {
    return layers;
  }

  /** True once the series is shown (and, for a stored result, its layers and table). */
  public boolean isShowing() {
    return state != null;
  }

  /** True once Analyse can run (the model is loaded). */
  public boolean isEngineReady() {
    return loaded.get();
  }

  public String statusText() {
    return status.getText();
  }

  public String sliceText() {
    return sliceLabel.getText();
  }

  public String diceText() {
    return diceLabel.getText();
  }

  public String truthScoreText() {
    return truthScoreLabel.isVisible() ? truthScoreLabel.getText() : "";
  }

  public String bannerText() {
    return banner.isVisible() ? banner.getText() : "";
  }

  public Path study() {
    return request.study();
  }

  /** The panel's host: the series read here, this window's views and layers. */
  private final class Host implements AnalysisHost {
    @Override
    public Optional<SeriesSource> selectedSeries() {
      StudyLoader.LoadedStudy read = study;
      if (read == null) {
        return Optional.empty();
      }
      return Optional.of(new SeriesSource() {
        @Override
        public MrSeries load(ProgressListener listener, CancelToken cancel) {
          listener.progress(Stage.READ, 1);
          return read.series();
        }

        @Override
        public Optional<SeriesSegmentation> groundTruth(MrSeries loaded) {
          return read.truth();
        }

        @Override
        public List<Path> inputs() {
          return read.inputs();
        }
      });
    }

    @Override
    public SliceNavigator navigator() {
      return index -> {
        if (state != null) {
          state.showSlice(index);
        }
      };
    }

    @Override
    public LesionLayers layers() {
      return layers;
    }
  }
}
