package org.hipspa.weasis.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packages the system bundle exports on top of Java's: the ones Weasis's own bundles provide and the test must see
 * with the same classes as the framework (the DS run-time API and its promises), and docking-frames.
 */
final class HostPackages {

  private static final Pattern DOCKING_FRAMES = Pattern.compile("bibliothek(?:\\.[A-Za-z_]\\w*)+");

  /**
   * slf4j-api 2 requires a service-loader extender and a logging provider; in Weasis its log bundles supply them. Here
   * the system bundle declares both and SLF4J falls back to its no-operation logger.
   */
  static final String SLF4J_BACK_END =
      "osgi.extender;osgi.extender=osgi.serviceloader.processor;version:Version=1.0,"
          + "osgi.serviceloader;osgi.serviceloader=org.slf4j.spi.SLF4JServiceProvider";

  private HostPackages() {}

  static String exportedBySystemBundle(Path... bundlesThatImportDockingFrames) throws IOException {
    TreeSet<String> dockingFrames = new TreeSet<>();
    for (Path jar : bundlesThatImportDockingFrames) {
      Matcher m = DOCKING_FRAMES.matcher(header(jar, "Import-Package"));
      while (m.find()) {
        dockingFrames.add(m.group());
      }
    }
    return String.join(
        ",",
        exportsOf(org.osgi.service.component.runtime.ServiceComponentRuntime.class),
        exportsOf(org.osgi.util.promise.Promise.class),
        exportsOf(org.osgi.util.function.Function.class),
        String.join(",", dockingFrames));
  }

  static String header(Path jar, String name) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      String value = file.getManifest().getMainAttributes().getValue(name);
      return value == null ? "" : value;
    }
  }

  private static String exportsOf(Class<?> apiClass) throws IOException {
    try {
      Path jar = Path.of(apiClass.getProtectionDomain().getCodeSource().getLocation().toURI());
      return header(jar, "Export-Package");
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  static String describe(String packages) {
    return Arrays.stream(packages.split(",")).collect(Collectors.joining("\n"));
  }
}
