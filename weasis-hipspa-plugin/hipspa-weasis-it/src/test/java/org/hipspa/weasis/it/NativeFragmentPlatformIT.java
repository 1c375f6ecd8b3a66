package org.hipspa.weasis.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * One Weasis configuration lists the natives of every platform; each workstation must resolve its own only. The
 * fragments' platform filters come from the pom (the same the native modules are built with); the workstation is
 * set through the framework's os.name and processor, as Felix derives its osgi.native capability from them.
 */
class NativeFragmentPlatformIT {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} / {1} resolves only {2}")
  @CsvSource({
    "Linux, amd64, linux-x86_64",
    "Windows 11, amd64, win-x86_64",
    "Mac OS X, aarch64, osx-aarch64",
  })
  void eachWorkstationResolvesOnlyTheFragmentOfItsPlatform(String osName, String processor, String expected)
      throws Exception {
    Map<String, String> workstation =
        Map.of(Constants.FRAMEWORK_OS_NAME, osName, Constants.FRAMEWORK_PROCESSOR, processor);
    try (WeasisLikeFramework felix = new WeasisLikeFramework("", workstation)) {
      felix.install(jar("host.jar", hostManifest()));
      Map<String, Bundle> fragments = new LinkedHashMap<>();
      for (String platform : new String[] {"linux-x86_64", "win-x86_64", "osx-aarch64"}) {
        fragments.put(platform, felix.install(jar(platform + ".jar", fragmentManifest(platform))));
      }
      felix.framework().adapt(FrameworkWiring.class).resolveBundles(null);

      fragments.forEach(
          (platform, fragment) ->
              assertThat(fragment.getState())
                  .as(platform + " fragment on " + osName + "/" + processor)
                  .isEqualTo(platform.equals(expected) ? Bundle.RESOLVED : Bundle.INSTALLED));
    }
  }

  private static Manifest hostManifest() {
    Manifest manifest = base(ItFiles.setting("bsn"));
    return manifest;
  }

  private static Manifest fragmentManifest(String platform) {
    Manifest manifest = base("test.native." + platform);
    manifest.getMainAttributes().putValue(Constants.FRAGMENT_HOST, ItFiles.setting("bsn"));
    manifest
        .getMainAttributes()
        .putValue(
            Constants.REQUIRE_CAPABILITY, "osgi.native;filter:=\"" + ItFiles.setting("filter." + platform) + "\"");
    return manifest;
  }

  private static Manifest base(String symbolicName) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
    main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
    return manifest;
  }

  private Path jar(String name, Manifest manifest) throws IOException {
    Path path = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(path);
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
    return path;
  }
}
