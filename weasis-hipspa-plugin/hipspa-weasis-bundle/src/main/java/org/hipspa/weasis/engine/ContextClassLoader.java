package org.hipspa.weasis.engine;

import java.util.concurrent.Callable;

/**
 * Runs a task with the thread context class loader set to a given loader, and puts the previous one back.
 *
 * <p>DJL finds its engine with {@code ServiceLoader.load(EngineProvider.class)} and its native libraries with
 * {@code getResources("native/lib/...")}, both through the context class loader. Inside OSGi that loader belongs to
 * whoever owns the thread (Weasis, Felix), which sees neither our embedded DJL jars nor the native fragment.
 *
 * <p>The engine start goes through here; so must every later call into DJL that looks things up by service loader
 * (loading a model with {@code Criteria}, translators, model zoos) when it runs on a thread Weasis created.
 */
public final class ContextClassLoader {

  private ContextClassLoader() {}

  public static <T> T call(ClassLoader loader, Callable<T> task) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return task.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
