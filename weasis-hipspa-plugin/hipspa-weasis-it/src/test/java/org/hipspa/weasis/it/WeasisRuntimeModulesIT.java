package org.hipspa.weasis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.Bundle;

/**
 * Weasis runs on a trimmed Java runtime (WEASIS-HOST.md): a bundle that requires a package of any other module, or a
 * library package no Weasis bundle exports, does not resolve there. Checked on the import list the framework parsed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeasisRuntimeModulesIT {

  /** The Java modules of Weasis's runtime image. */
  private static final Set<String> WEASIS_RUNTIME_MODULES =
      Set.of(
          "java.base", "java.compiler", "java.datatransfer", "java.net.http", "java.desktop", "java.logging",
          "java.management", "java.prefs", "java.xml", "java.sql", "jdk.localedata", "jdk.charsets");

  /**
   * Packages Weasis's own bundles export that a plugin may require, and the OSGi framework API its Felix system
   * bundle exports (org.osgi.framework 1.10 in Felix 7).
   */
  private static final List<String> WEASIS_EXPORTS =
      List.of("org.weasis.", "org.slf4j", "bibliothek.", "org.osgi.framework");

  private WeasisLikeFramework felix;
  private Bundle plugin;

  @BeforeAll
  void installWithoutResolving() throws Exception {
    felix = new WeasisLikeFramework("", Map.of());
    plugin = felix.install(ItFiles.jar("bundle"));
  }

  @AfterAll
  void stop() throws Exception {
    felix.close();
  }

  @Test
  void everyRequiredPackageComesFromWeasissJavaRuntimeOrFromWeasis() {
    Map<String, String> moduleOfPackage =
        ModuleLayer.boot().modules().stream()
            .flatMap(m -> m.getPackages().stream().map(p -> Map.entry(p, m.getName())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    List<PackageImports> required = PackageImports.of(plugin).stream().filter(i -> !i.optional()).toList();
    List<String> outsideWeasis =
        required.stream()
            .map(PackageImports::packageName)
            .filter(p -> WEASIS_EXPORTS.stream().noneMatch(p::startsWith))
            .filter(p -> !isInWeasisRuntime(moduleOfPackage.get(p)))
            .map(p -> p + " (" + moduleOfPackage.getOrDefault(p, "no JDK module") + ")")
            .toList();

    assertThat(required).hasSizeGreaterThan(20);
    assertThat(outsideWeasis).as("required packages Weasis cannot provide").isEmpty();
  }

  @Test
  void theImportsThatWouldFailInWeasisAreOptional() {
    Map<String, PackageImports> imports =
        PackageImports.of(plugin).stream()
            .collect(Collectors.toMap(PackageImports::packageName, Function.identity(), (a, b) -> a));

    assertThat(imports.get("javax.naming")).extracting(PackageImports::optional).isEqualTo(true);
    assertThat(imports.get("java.rmi.server")).extracting(PackageImports::optional).isEqualTo(true);
    assertThat(imports.get("picocli")).extracting(PackageImports::optional).isEqualTo(true);
  }

  private static boolean isInWeasisRuntime(String module) {
    return module != null && (WEASIS_RUNTIME_MODULES.contains(module) || module.startsWith("jdk.crypto."));
  }
}
