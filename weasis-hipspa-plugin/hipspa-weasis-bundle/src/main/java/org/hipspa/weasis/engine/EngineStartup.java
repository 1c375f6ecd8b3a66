package org.hipspa.weasis.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Starts the engine once, in the background, as soon as the bundle starts (immediate component), so that the first
 * Analyse does not wait ~3 s; the toolbar and the side panel ask it whether the engine is ready.
 */
@Component(service = EngineStartup.class, immediate = true)
public final class EngineStartup {

  private ExecutorService executor;
  private volatile CompletableFuture<EngineReady> ready = new CompletableFuture<>();

  @Activate
  void activate() {
    executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "hipspa-engine-start");
              thread.setDaemon(true);
              return thread;
            });
    ready = EngineStarter.start(EngineStartup.class.getClassLoader(), executor);
  }

  @Deactivate
  void deactivate() {
    executor.shutdownNow();
  }

  /** Completes when the engine has started and passed its self-check; a copy, so callers cannot complete it. */
  public CompletableFuture<EngineReady> whenReady() {
    return ready.copy();
  }
}
