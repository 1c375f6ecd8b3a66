package org.hipspa.weasis.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The felix.extended.config.properties JSON the build produces for a hospital portal. */
class DeploymentConfigIT {

  @Test
  void itStartsOurBundleAbove500AndBelowTheBeginningLevelAndInstallsTheNativesOfEveryPlatform() throws Exception {
    Map<String, String> preferences = preferences();
    String base = ItFiles.setting("deploy.baseUrl");
    String version = ItFiles.setting("version");

    String startKey =
        preferences.keySet().stream().filter(k -> k.startsWith("felix.auto.start.")).findFirst().orElseThrow();
    int startLevel = Integer.parseInt(startKey.substring("felix.auto.start.".length()));
    int beginning = Integer.parseInt(preferences.get("org.osgi.framework.startlevel.beginning"));

    assertThat(startLevel).isGreaterThanOrEqualTo(500).isLessThan(beginning);
    assertThat(preferences.get(startKey)).isEqualTo(base + "/" + ItFiles.jar("bundle").getFileName());
    assertThat(urls(preferences.get("felix.auto.install." + startLevel)))
        .containsExactly(
            base + "/pytorch-native-linux-x86_64-" + version + ".jar",
            base + "/pytorch-native-win-x86_64-" + version + ".jar",
            base + "/pytorch-native-osx-aarch64-" + version + ".jar");
    assertThat(String.join(" ", preferences.values())).doesNotContain("${");
  }

  private static Map<String, String> preferences() throws Exception {
    Map<String, String> preferences = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(ItFiles.jar("deployment"))) {
      JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
      for (JsonElement element : root.getAsJsonArray("weasisPreferences")) {
        JsonObject preference = element.getAsJsonObject();
        preferences.put(preference.get("code").getAsString(), preference.get("value").getAsString());
      }
    }
    return preferences;
  }

  private static List<String> urls(String value) {
    return Arrays.asList(value.trim().split("\\s+"));
  }
}
