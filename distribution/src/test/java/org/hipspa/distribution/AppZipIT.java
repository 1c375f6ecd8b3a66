package org.hipspa.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What hipspa-<version>-app.zip must hold, read from the zip itself. */
class AppZipIT {
  private static Path zip;
  private static String root;
  private static List<String> entries;

  @BeforeAll
  static void listTheZip() throws IOException {
    zip = Packages.appZip();
    root = "hipspa-" + Packages.version() + "/";
    entries = Packages.entries(zip);
  }

  @Test
  void holdsBothLaunchersTheReadmeAndTheLicences() {
    assertThat(entries).contains(root + "bin/hipspa", root + "bin/hipspa.bat", root + "README.txt",
        root + "LICENSES/THIRD-PARTY.txt");
    assertThat(entries).allMatch(name -> name.startsWith(root), "every entry sits under " + root);
  }

  @Test
  void theUnixLauncherIsExecutableInTheZipItself() throws Exception {
    // zipinfo (Debian's unzip package) prints each entry's Unix mode as ls does: what unzip will restore.
    Run zipinfo = Run.of(List.of("zipinfo", zip.toString(), root + "bin/hipspa", root + "bin/hipspa.bat"),
        java.util.Map.of("PATH", "/usr/bin:/bin"), Packages.workDir(), java.time.Duration.ofSeconds(30));
    assertThat(zipinfo.exitCode()).as(zipinfo.toString()).isZero();
    assertThat(zipinfo.outLines()).anyMatch(line -> line.startsWith("-rwxr-xr-x") && line.endsWith(" " + root + "bin/hipspa"));
    assertThat(zipinfo.outLines()).anyMatch(line -> line.startsWith("-rw-r--r--") && line.endsWith(" " + root + "bin/hipspa.bat"));
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndingsAndTheUnixOneHasNone() throws IOException {
    assertThat(Packages.text(zip, root + "bin/hipspa.bat")).contains("\r\n");
    assertThat(Packages.text(zip, root + "bin/hipspa")).startsWith("#!/bin/sh\n").doesNotContain("\r");
  }

  @Test
  void bothLaunchersGiveJavaTheSameOptionsAndMainClass() throws IOException {
    List<String> unix = jvmOptions(Packages.text(zip, root + "bin/hipspa"));
    List<String> windows = jvmOptions(Packages.text(zip, root + "bin/hipspa.bat"));
    assertThat(unix).contains("-Xmx4g", "-Dai.djl.offline=true", "-Dhipspa.model=", "-Djdk.xml.xpathExprOpLimit=0",
        "-Djdk.xml.xpathExprGrpLimit=0", "-Djdk.xml.xpathTotalOpLimit=0", "org.hipspa.cli.HipspaCommand");
    assertThat(windows).containsExactlyInAnyOrderElementsOf(unix);
  }

  /** The -X/-D options (a -D's value cut after '=') and the main class a launcher passes to java. */
  private static List<String> jvmOptions(String launcher) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(-Xmx\\w+|-D[\\w.]+=(?:true|0)?|org\\.hipspa\\.cli\\.\\w+)").matcher(launcher.replaceAll("(?m)^(#|rem ).*$", ""));
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found.stream().distinct().sorted().toList();
  }

  @Test
  void libHoldsTheCommandLineTheEngineAndTheNativesOfItsPlatformOnly() {
    String lib = root + "lib/";
    assertThat(entries).contains(lib + "weasis-hipspa-model-" + Packages.version() + ".jar");
    assertThat(entries).as("hipspa view: the viewer, the side panel it shares with Weasis, and their look")
        .contains(lib + "hipspa-viewer-" + Packages.version() + ".jar", lib + "hipspa-ui-" + Packages.version() + ".jar")
        .anyMatch(name -> name.matches(java.util.regex.Pattern.quote(lib) + "flatlaf-.*\\.jar"));
    assertThat(entries).as("test fixtures stay out of the app").noneMatch(name -> name.endsWith("-tests.jar"));
    assertThat(entries).anyMatch(name -> name.matches(java.util.regex.Pattern.quote(lib) + "pytorch-engine-.*\\.jar"));
    assertThat(entries).anyMatch(name -> name.matches(java.util.regex.Pattern.quote(lib) + "pytorch-jni-.*\\.jar"));
    List<String> natives = entries.stream().filter(name -> name.startsWith(lib + "pytorch-native-cpu-")).toList();
    assertThat(natives).singleElement().asString().endsWith("-" + Packages.appPlatform() + ".jar");
    assertThat(entries).as("the Weasis bundle and fragments belong to the plugin zip")
        .noneMatch(name -> name.contains("hipspa-weasis-bundle") || name.contains("pytorch-native-linux-x86_64-"));
  }

  @Test
  void everyLibraryIsNamedInTheThirdPartyLicences() throws IOException {
    String licences = Packages.text(zip, root + "LICENSES/THIRD-PARTY.txt").toLowerCase(Locale.ROOT);
    List<String> jars = entries.stream()
        .filter(name -> name.startsWith(root + "lib/") && name.endsWith(".jar"))
        .map(name -> name.substring((root + "lib/").length()))
        // HipSpA's own jars (command line, side panel, viewer) are not third-party software.
        .filter(name -> !name.startsWith("weasis-hipspa-model-") && !name.startsWith("hipspa-ui-")
            && !name.startsWith("hipspa-viewer-"))
        .toList();
    assertThat(jars).isNotEmpty();
    for (String jar : jars) {
      assertThat(licences).as("THIRD-PARTY.txt names " + jar).contains(jar.toLowerCase(Locale.ROOT).replaceAll("\\.jar$", ""));
    }
  }

  @Test
  void carriesTheShippedModelExactlyWhenTheBuildHasOne() throws IOException {
    List<String> model = Packages.filesIn(entries, root + "model/");
    if (Packages.hasShippedModel()) {
      assertThat(model).contains("manifest.json").containsExactlyElementsOf(Packages.filesUnder(Packages.shippedModel()));
    } else {
      assertThat(model).isEmpty();
    }
  }
}
