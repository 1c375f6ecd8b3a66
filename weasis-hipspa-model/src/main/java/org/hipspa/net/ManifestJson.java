package org.hipspa.net;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link ModelManifest} as pretty-printed JSON. */
public final class ManifestJson {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();

  private ManifestJson() {}

  public static String toJson(ModelManifest manifest) {
    return GSON.toJson(manifest);
  }

  public static ModelManifest fromJson(String json) {
    return GSON.fromJson(json, ModelManifest.class);
  }

  public static void write(ModelManifest manifest, Path file) throws IOException {
    Files.writeString(file, toJson(manifest) + "\n", StandardCharsets.UTF_8);
  }

  /** The manifest in {@code file}; a JSON error becomes an {@link IOException}. */
  public static ModelManifest read(Path file) throws IOException {
    try {
      ModelManifest m = fromJson(Files.readString(file, StandardCharsets.UTF_8));
      if (m == null) {
        throw new IOException("empty manifest");
      }
      return m;
    } catch (JsonParseException e) {
      throw new IOException("not a valid manifest: " + e.getMessage(), e);
    }
  }
}
