package org.hipspa.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app zip unzipped into an empty folder (a space in its path) and run as a user would: from another directory, with
 * PATH holding only java (no Maven), HOME an empty folder (no ~/.m2), and, where the machine allows it, no network.
 *
 * <p>DJL_CACHE_DIR is the one thing taken from the build: the PyTorch libraries the model module's tests already
 * unpacked (430 MB). A fresh cache per run would write 430 MB on every mvn verify and prove only that DJL can unpack
 * its own jar, which the Felix test of the bundle already shows. DJL picks its cache folder by the native jar found on
 * the class path (lib/, version and build in its pytorch.properties), so a missing or different jar in lib/ still fails.
 */
class AppRunIT {
  private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(10);
  private static Path work;
  private static Path app;
  private static Path javaOnly;

  @BeforeAll
  static void unzipIntoAnEmptyFolder() throws Exception {
    assumeTrue(Packages.appPlatform().equals(hostPlatform()),
        "the app zip carries " + Packages.appPlatform() + " natives; this machine is " + hostPlatform());
    work = Files.createTempDirectory(Packages.workDir(), "app-");
    // A space in the path, as in "~/My Apps": the launcher must quote every path it builds.
    Path unpacked = Files.createDirectories(work.resolve("unpacked app"));
    Run unzip = Run.of(List.of("unzip", "-q", Packages.appZip().toString(), "-d", unpacked.toString()),
        Map.of("PATH", "/usr/bin:/bin"), work, Duration.ofMinutes(2));
    assertThat(unzip.exitCode()).as(unzip.toString()).isZero();
    app = unpacked.resolve("hipspa-" + Packages.version());
    javaOnly = Files.createDirectories(work.resolve("path-with-java-only"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  @Test
  void printsItsVersionFromAnotherDirectory() throws Exception {
    Run run = hipspa(app.resolve("bin/hipspa"), cleanEnvironment(), "--version");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines()).containsExactly("hipspa " + Packages.version());
  }

  @Test
  void offersTheViewerAndSaysInOneSentenceThatItNeedsADisplay() throws Exception {
    Run help = hipspa(app.resolve("bin/hipspa"), cleanEnvironment(), "view", "--help");
    assertThat(help.exitCode()).as(help.toString()).isZero();
    assertThat(help.out()).as(help.toString()).contains("Usage: hipspa view", "--result", "--series", "--model");

    // The clean environment has no DISPLAY: the viewer refuses in one sentence instead of a Java stack trace.
    Run view = hipspa(app.resolve("bin/hipspa"), cleanEnvironment(), "view", work.toString());
    assertThat(view.exitCode()).as(view.toString()).isEqualTo(1);
    assertThat(view.errLines()).as(view.toString()).containsExactly("hipspa view needs a display, and none is available;"
        + " run it on a desktop (or under xvfb-run), or use hipspa analyze for a report.");
  }

  @Test
  void runsTheDemoWithNoMavenNoHomeAndNoNetwork() throws Exception {
    Path out = work.resolve("demo-output");
    List<String> args = new ArrayList<>(List.of("demo", "--out", out.toString()));
    if (!Packages.hasShippedModel()) {
      args.addAll(List.of("--model", Packages.testModel().toString()));
    }
    Run run = hipspa(app.resolve("bin/hipspa"), cleanEnvironment(), args.toArray(String[]::new));
    System.out.printf(Locale.ROOT, "Cold start of bin/hipspa demo (%s, %s): %.1f s wall clock.%n",
        Packages.hasShippedModel() ? "shipped model" : "tiny test model",
        networkIsolated() ? "in a network namespace with no network" : "network present, offline mode", run.wallClock().toMillis() / 1000.0);
    assertThat(run.out()).as(run.toString()).contains("Synthetic patient written to " + out.resolve("phantom-patient"));
    if (Packages.hasShippedModel()) {
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.outLines()).as(run.toString())
          .anyMatch(line -> line.startsWith("UNet-score (on HIMRISS slices): right "))
          .anyMatch(line -> line.startsWith("True lesion burden of the phantom: BME "))
          .contains("Open " + out.resolve("result/report.html") + " to see the slices.");
      assertThat(out.resolve("result/report.html")).isRegularFile();
      assertThat(out.resolve("result/hipspa-seg.dcm")).isRegularFile();
    } else {
      // The tiny network has random weights: the app ran end to end (DICOM written, read, engine, inference) and
      // refused in the one sentence a user would see.
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
      assertThat(run.errLines()).as(run.toString()).contains("No right femoral head could be found in this series;"
          + " the analysis needs a coronal STIR (or fat-saturated T2) series through both hips.");
      assertThat(out.resolve("result")).doesNotExist();
    }
  }

  @Test
  void runsThroughASymbolicLinkInAnotherFolder() throws Exception {
    Path links = Files.createDirectories(work.resolve("links"));
    Path link = links.resolve("hipspa");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, links.relativize(app.resolve("bin/hipspa")));
    Path tools = Files.createDirectories(work.resolve("path-with-java-and-readlink"));
    Files.deleteIfExists(tools.resolve("java"));
    Files.deleteIfExists(tools.resolve("readlink"));
    Files.createSymbolicLink(tools.resolve("java"), javaOnly.resolve("java").toRealPath());
    Files.createSymbolicLink(tools.resolve("readlink"), Path.of("/usr/bin/readlink").toRealPath());
    Map<String, String> env = new java.util.HashMap<>(cleanEnvironment());
    env.put("PATH", tools.toString());
    Run run = hipspa(link, env, "demo", "--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Usage: hipspa demo");
  }

  @Test
  void refusesJavaOlderThan17InOneSentence() throws Exception {
    Path oldJdk = Files.createDirectories(work.resolve("old-jdk/bin"));
    Path java = oldJdk.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
    java.toFile().setExecutable(true);
    Map<String, String> env = new java.util.HashMap<>(cleanEnvironment());
    env.put("JAVA_HOME", oldJdk.getParent().toString());
    Run run = hipspa(app.resolve("bin/hipspa"), env, "--version");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("HipSpA needs Java 17 or later, but " + java + " is Java 11.0.22;"
        + " install Java 17 or later and put it on PATH or set JAVA_HOME.");
  }

  /** PATH with java only, an empty HOME, DJL's cache of the build (see the class comment), nothing else. */
  private static Map<String, String> cleanEnvironment() throws IOException {
    Path home = Files.createDirectories(work.resolve("empty-home"));
    return Map.of("PATH", javaOnly.toString(), "HOME", home.toString(), "DJL_CACHE_DIR", djlCache());
  }

  private static String djlCache() {
    String cache = System.getenv("DJL_CACHE_DIR");
    return cache != null ? cache : System.getProperty("user.home") + "/.djl.ai";
  }

  /** bin/hipspa run from a folder outside the app, inside a new network namespace when the machine allows one. */
  private static Run hipspa(Path launcher, Map<String, String> env, String... args) throws Exception {
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    List<String> command = new ArrayList<>();
    if (networkIsolated()) {
      command.addAll(List.of("/usr/bin/unshare", "--net"));
    }
    command.add(launcher.toString());
    command.addAll(List.of(args));
    return Run.of(command, env, elsewhere, DEMO_TIMEOUT);
  }

  private static Boolean isolated;

  /** Whether `unshare --net` works here (root, or user namespaces allowed): then the runs have no network at all. */
  private static boolean networkIsolated() throws Exception {
    if (isolated == null) {
      isolated = Files.isExecutable(Path.of("/usr/bin/unshare"))
          && Run.of(List.of("/usr/bin/unshare", "--net", "/bin/true"), Map.of(), Packages.workDir(), Duration.ofSeconds(10))
              .exitCode() == 0;
    }
    return isolated;
  }

  private static String hostPlatform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String osPart = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : os;
    String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    return osPart + "-" + archPart;
  }
}
