package org.hipspa.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What hipspa-weasis-plugin-<version>.zip must hold, and that its README agrees with its configuration. */
class WeasisPluginZipIT {
  private static Path zip;
  private static String root;
  private static List<String> entries;
  private static Map<String, String> preferences;

  @BeforeAll
  static void readTheZip() throws IOException {
    zip = Packages.pluginZip();
    root = "hipspa-weasis-plugin-" + Packages.version() + "/";
    entries = Packages.entries(zip);
    preferences = new HashMap<>();
    JsonObject json = JsonParser.parseString(Packages.text(zip, root + "hipspa-weasis.json")).getAsJsonObject();
    for (JsonElement preference : json.getAsJsonArray("weasisPreferences")) {
      JsonObject p = preference.getAsJsonObject();
      preferences.put(p.get("code").getAsString(), p.get("value").getAsString());
    }
  }

  @Test
  void holdsTheBundleTheLinuxFragmentTheConfigurationAndTheReadme() {
    assertThat(entries).contains(root + "hipspa-weasis-bundle-" + Packages.version() + ".jar",
        root + "pytorch-native-linux-x86_64-" + Packages.version() + ".jar",
        root + "hipspa-weasis.json", root + "README.txt", root + "LICENSES/THIRD-PARTY.txt");
    assertThat(entries).allMatch(name -> name.startsWith(root), "every entry sits under " + root);
  }

  @Test
  void theBundleIsOursAndEachFragmentAttachesToIt() throws IOException {
    String bundle = root + "hipspa-weasis-bundle-" + Packages.version() + ".jar";
    assertThat(manifest(bundle).getValue("Bundle-SymbolicName")).isEqualTo("org.hipspa.weasis");
    List<String> fragments = jars().stream().filter(name -> name.startsWith(root + "pytorch-native-")).toList();
    assertThat(fragments).isNotEmpty();
    for (String fragment : fragments) {
      assertThat(manifest(fragment).getValue("Fragment-Host")).as(fragment).isEqualTo("org.hipspa.weasis");
    }
  }

  @Test
  void everyJarIsNamedInTheConfigurationAtTheRightStep() {
    String startKey = preferences.keySet().stream().filter(k -> k.startsWith("felix.auto.start.")).findFirst().orElseThrow();
    String installKey = preferences.keySet().stream().filter(k -> k.startsWith("felix.auto.install.")).findFirst().orElseThrow();
    List<String> started = fileNames(preferences.get(startKey));
    List<String> installed = fileNames(preferences.get(installKey));
    for (String jar : jars()) {
      String name = jar.substring(root.length());
      if (name.startsWith("hipspa-weasis-bundle-")) {
        assertThat(started).as("felix.auto.start lists the bundle").contains(name);
      } else {
        assertThat(installed).as("felix.auto.install lists the fragment " + name).contains(name);
      }
    }
  }

  @Test
  void theReadmeGivesTheBaseUrlAndStartLevelsOfTheConfiguration() throws IOException {
    String readme = Packages.text(zip, root + "README.txt");
    String startKey = preferences.keySet().stream().filter(k -> k.startsWith("felix.auto.start.")).findFirst().orElseThrow();
    String bundleUrl = preferences.get(startKey);
    String baseUrl = bundleUrl.substring(0, bundleUrl.lastIndexOf('/'));
    assertThat(readme).doesNotContain("${")
        .contains(baseUrl + "/hipspa-weasis.json")
        .contains(startKey)
        .contains("beginning level is " + preferences.get("org.osgi.framework.startlevel.beginning"))
        .contains("Weasis 4.7")
        .contains("docs/deployment.md");
  }

  @Test
  void carriesTheShippedModelExactlyWhenTheBuildHasOne() {
    List<String> model = Packages.filesIn(entries, root + "model/");
    if (Packages.hasShippedModel()) {
      assertThat(model).contains("manifest.json");
    } else {
      assertThat(model).isEmpty();
    }
  }

  private static List<String> jars() {
    return entries.stream().filter(name -> name.endsWith(".jar")).toList();
  }

  private static List<String> fileNames(String urls) {
    return List.of(urls.trim().split("\\s+")).stream().map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
  }

  private static Attributes manifest(String entry) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile());
        InputStream in = file.getInputStream(file.getEntry(entry));
        JarInputStream jar = new JarInputStream(in)) {
      assertThat(jar.getManifest()).as(entry + " has a manifest").isNotNull();
      return jar.getManifest().getMainAttributes();
    }
  }
}
