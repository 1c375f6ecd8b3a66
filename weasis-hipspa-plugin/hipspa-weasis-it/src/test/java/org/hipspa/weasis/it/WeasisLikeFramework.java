package org.hipspa.weasis.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * A real Apache Felix framework set up like Weasis's launcher: a fresh bundle cache, Java's packages from the system
 * bundle, plus what Weasis's own bundles export and our test needs on both sides (the DS run-time API, docking-frames).
 */
final class WeasisLikeFramework implements AutoCloseable {

  private final Felix felix;
  private final Path cache;

  WeasisLikeFramework(String extraSystemPackages, Map<String, String> extraConfig)
      throws IOException, BundleException {
    cache = Files.createTempDirectory("hipspa-felix");
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    if (!extraSystemPackages.isEmpty()) {
      config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, extraSystemPackages);
    }
    config.putAll(extraConfig);
    felix = new Felix(config);
    felix.start();
  }

  BundleContext context() {
    return felix.getBundleContext();
  }

  Felix framework() {
    return felix;
  }

  /** Installs by reference (Felix reads the jar in place, as it would a cached download). */
  Bundle install(Path jar) throws BundleException {
    return context().installBundle("reference:" + jar.toUri());
  }

  @Override
  public void close() throws BundleException, IOException {
    felix.stop();
    try {
      felix.waitForStop(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(cache)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
