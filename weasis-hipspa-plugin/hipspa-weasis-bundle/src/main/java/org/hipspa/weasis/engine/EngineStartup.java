package org.hipspa.weasis.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.jar.Manifest;
import org.hipspa.ui.PanelPipeline;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the engine once, in the background, as soon as the bundle starts (immediate component), so that the first
 * Analyse does not wait ~3 s; then loads the model: the folder configured in {@code hipspa.model}, else the one
 * shipped inside the bundle. The toolbar and the side panel
 * ask it whether the engine and the pipeline are ready. It owns the loaded model and closes it with the bundle.
 */
@Component(service = EngineStartup.class, immediate = true)
public final class EngineStartup {

  private static final Logger LOG = LoggerFactory.getLogger(EngineStartup.class);

  private ExecutorService executor;
  private volatile CompletableFuture<EngineReady> ready = new CompletableFuture<>();
  private volatile CompletableFuture<Optional<PanelPipeline>> pipeline = new CompletableFuture<>();

  @Activate
  void activate(BundleContext context) {
    executor = Executors.newSingleThreadExecutor(BundleThreads.named("hipspa-engine-start"));
    ready = EngineStarter.start(EngineStartup.class.getClassLoader(), executor);
    Optional<Path> configured = NetworkPipeline.folder(context.getProperty(NetworkPipeline.MODEL_PROPERTY));
    pipeline = ready.thenApplyAsync(engine -> configured.or(() -> shipped(context)).map(this::open), executor);
  }

  /** The model inside our bundle, unpacked into the bundle's data area; empty when this build ships none. */
  private static Optional<Path> shipped(BundleContext context) {
    List<URL> entries = new ArrayList<>();
    Enumeration<URL> found = context.getBundle().findEntries("model", "*", false);
    while (found != null && found.hasMoreElements()) {
      URL entry = found.nextElement();
      if (!entry.getPath().endsWith("/")) {
        entries.add(entry);
      }
    }
    try {
      return EmbeddedModel.unpack(entries, context.getDataFile("model").toPath());
    } catch (IOException e) {
      throw new IllegalStateException("The shipped model could not be unpacked (" + e.getMessage()
          + "); check that the Weasis cache folder is writable and the disk is not full.", e);
    }
  }

  private PanelPipeline open(Path folder) {
    try {
      PanelPipeline opened = NetworkPipeline.open(folder, softwareVersion());
      LOG.info("Model {} loaded", opened.summary().name());
      return opened;
    } catch (Exception e) {
      LOG.error("The model could not be loaded", e);
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Deactivate
  void deactivate() {
    pipeline.thenAccept(p -> p.ifPresent(PanelPipeline::close));
    executor.shutdownNow();
  }

  /** Completes when the engine has started and passed its self-check; a copy, so callers cannot complete it. */
  public CompletableFuture<EngineReady> whenReady() {
    return ready.copy();
  }

  /**
   * Completes after the engine with the pipeline on the configured model, or empty when no model is configured;
   * exceptionally, with a sentence for the user, when the model cannot be loaded.
   */
  public CompletableFuture<Optional<PanelPipeline>> whenPipeline() {
    return pipeline.copy();
  }

  /** "HipSpA for Weasis 0.1.0", from our bundle's manifest, for the provenance of every result. */
  static String softwareVersion() {
    String version = "unknown version";
    try {
      var resources = EngineStartup.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
      while (resources.hasMoreElements()) {
        URL url = resources.nextElement();
        try (InputStream in = url.openStream()) {
          var attributes = new Manifest(in).getMainAttributes();
          if ("org.hipspa.weasis".equals(attributes.getValue("Bundle-SymbolicName"))) {
            version = attributes.getValue("Bundle-Version");
            break;
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not read our bundle's version", e);
    }
    return "HipSpA for Weasis " + version;
  }
}
