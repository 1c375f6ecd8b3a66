package org.hipspa.ui;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.hipspa.report.AnalysisResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link HipAnalysis} on one background thread, one analysis at a time, and tells a {@link Listener} on the Swing
 * event thread how it goes. {@link #start} and {@link #cancel} are called on the event thread; Cancel sets the
 * pipeline's {@link CancelToken} and interrupts the thread, and the pipeline stops at its next unit of work. A run is
 * over (and the next may start) when its listener has heard how it ended.
 */
public final class AnalysisController implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisController.class);

  /** Told on the Swing event thread; exactly one of the last three ends each run. */
  public interface Listener {
    void progress(Stage stage, double fraction);

    void finished(AnalysisOutcome outcome);

    void failed(String sentence);

    void cancelled();
  }

  private final HipAnalysis analysis;
  private final ExecutorService executor;
  private volatile Run current;

  /**
   * @param threads makes the analysis thread; a host sets its context class loader there (DJL looks up its engine
   *     through it)
   */
  public AnalysisController(HipAnalysis analysis, ThreadFactory threads) {
    this.analysis = analysis;
    this.executor = Executors.newSingleThreadExecutor(threads);
  }

  /** A daemon thread named for us, for hosts without class-loader concerns. */
  public static ThreadFactory daemonThreads() {
    return task -> {
      Thread thread = new Thread(task, "hipspa-analysis");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Starts analysing the series unless an analysis is running; returns whether it started. */
  public boolean start(SeriesSource source, Listener listener) {
    if (isRunning()) {
      return false;
    }
    Run run = new Run(listener);
    current = run;
    executor.execute(() -> run.execute(source));
    return true;
  }

  public boolean isRunning() {
    return current != null;
  }

  /** Asks the running analysis to stop; its listener then hears {@code cancelled()}. Does nothing when idle. */
  public void cancel() {
    Run run = current;
    if (run != null) {
      run.token.cancel();
      Thread worker = run.worker;
      if (worker != null) {
        worker.interrupt();
      }
    }
  }

  /** Cancels any analysis and stops the thread, for a closing viewer. */
  @Override
  public void close() {
    cancel();
    executor.shutdownNow();
  }

  private final class Run {
    final CancelToken token = new CancelToken();
    final Listener listener;
    volatile Thread worker;
    private final AtomicBoolean progressQueued = new AtomicBoolean();
    private volatile Stage stage = Stage.READ;
    private volatile double fraction;

    Run(Listener listener) {
      this.listener = listener;
    }

    void execute(SeriesSource source) {
      ProgressListener progress = this::progress;
      worker = Thread.currentThread();
      try {
        token.throwIfCancelled();
        MrSeries series = source.load(progress, token);
        token.throwIfCancelled();
        AnalysisResult result = analysis.analyse(series, source.groundTruth(series), progress, token);
        SliceShapes shapes = SliceShapes.of(result.prediction());
        token.throwIfCancelled();
        AnalysisOutcome outcome = new AnalysisOutcome(result, shapes, source.inputs());
        end(() -> listener.finished(outcome));
      } catch (HipspaException e) {
        if (token.isCancelled()) {
          end(listener::cancelled);
        } else {
          end(() -> listener.failed(e.getMessage()));
        }
      } catch (RuntimeException | Error e) {
        if (token.isCancelled()) {
          end(listener::cancelled);
        } else {
          LOG.error("The analysis failed", e);
          end(() -> listener.failed(
              "The analysis failed unexpectedly; please send the log file to your administrator."));
        }
      } finally {
        worker = null;
      }
    }

    /** Coalesces progress: at most one update waits on the event queue, showing the latest value. */
    private void progress(Stage newStage, double newFraction) {
      stage = newStage;
      fraction = newFraction;
      if (progressQueued.compareAndSet(false, true)) {
        SwingUtilities.invokeLater(
            () -> {
              progressQueued.set(false);
              if (current == this) {
                listener.progress(stage, fraction);
              }
            });
      }
    }

    private void end(Runnable report) {
      SwingUtilities.invokeLater(
          () -> {
            if (current == this) {
              current = null;
            }
            report.run();
          });
    }
  }
}
