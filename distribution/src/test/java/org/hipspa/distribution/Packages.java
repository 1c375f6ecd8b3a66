package org.hipspa.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where the build put the packages and the model, from failsafe's system properties (distribution/pom.xml). */
final class Packages {
  private Packages() {}

  static String version() {
    return property("hipspa.version");
  }

  static Path appZip() {
    return Path.of(property("hipspa.app.zip"));
  }

  static String appPlatform() {
    return property("hipspa.app.platform");
  }

  static Path pluginZip() {
    return Path.of(property("hipspa.plugin.zip"));
  }

  /** resources/model: present once the trained model is committed. */
  static Path shippedModel() {
    return Path.of(property("hipspa.model.dir"));
  }

  static boolean hasShippedModel() {
    return Files.isRegularFile(shippedModel().resolve("manifest.json"));
  }

  /** The model module's tiny TorchScript U-Net (random weights). */
  static Path testModel() {
    return Path.of(property("hipspa.test.model.dir"));
  }

  static Path workDir() throws IOException {
    return Files.createDirectories(Path.of(property("hipspa.work.dir")));
  }

  /** Entry names of a zip, in order, directories included. */
  static List<String> entries(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      file.stream().map(ZipEntry::getName).forEach(names::add);
    }
    return names;
  }

  /** The files under {@code folder} (a path inside the zip, ending in /), relative to it, sorted. */
  static List<String> filesIn(List<String> entries, String folder) {
    return entries.stream()
        .filter(name -> name.startsWith(folder) && !name.endsWith("/"))
        .map(name -> name.substring(folder.length()))
        .sorted()
        .toList();
  }

  static String text(Path zip, String entry) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry found = file.getEntry(entry);
      if (found == null) {
        throw new AssertionError(zip.getFileName() + " has no entry " + entry);
      }
      return new String(file.getInputStream(found).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Relative paths of the files under a folder, with '/' separators. */
  static List<String> filesUnder(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("System property " + name + " is not set; run these tests through mvn verify.");
    }
    return value;
  }
}
