package org.hipspa.weasis.engine;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for work that reaches DJL (the analysis, the model's loading): daemon threads whose context class loader is
 * our bundle's, because DJL looks up its engine and native libraries through the context class loader, and inside
 * Weasis that of an ordinary thread sees neither our embedded DJL nor the native fragment.
 */
public final class BundleThreads {

  private BundleThreads() {}

  public static ThreadFactory named(String name) {
    ClassLoader bundle = BundleThreads.class.getClassLoader();
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.setContextClassLoader(bundle);
      return thread;
    };
  }
}
