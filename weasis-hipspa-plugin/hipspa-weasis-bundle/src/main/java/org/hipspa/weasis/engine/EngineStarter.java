package org.hipspa.weasis.engine;

import ai.djl.engine.Engine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts DJL's PyTorch engine off the caller's thread, with the bundle's class loader as context class loader. */
public final class EngineStarter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineStarter.class);
  static final String ENGINE = "PyTorch";

  private EngineStarter() {}

  /**
   * Starts the engine on {@code executor} and runs the self-check.
   *
   * @param bundleLoader the loader that sees DJL and the native fragment (in Weasis: our bundle's)
   * @return completes with the started engine, or exceptionally with the cause
   */
  public static CompletableFuture<EngineReady> start(ClassLoader bundleLoader, Executor executor) {
    return CompletableFuture.supplyAsync(() -> startNow(bundleLoader), executor);
  }

  static EngineReady startNow(ClassLoader bundleLoader) {
    // A hospital network is often closed: never let DJL try to download an engine, fail at once instead.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    long start = System.nanoTime();
    try {
      EngineReady ready =
          ContextClassLoader.call(
              bundleLoader,
              () -> {
                Engine engine = Engine.getEngine(ENGINE);
                float[] output = EngineSelfCheck.verified(EngineSelfCheck.run(engine));
                return new EngineReady(engine.getEngineName(), engine.getVersion(), output);
              });
      LOG.info("{} engine ready in {} ms", ready.describe(), (System.nanoTime() - start) / 1_000_000);
      return ready;
    } catch (RuntimeException e) {
      LOG.error("The {} engine did not start", ENGINE, e);
      throw e;
    } catch (Exception | LinkageError e) {
      LOG.error("The {} engine did not start", ENGINE, e);
      throw new IllegalStateException(e);
    }
  }
}
