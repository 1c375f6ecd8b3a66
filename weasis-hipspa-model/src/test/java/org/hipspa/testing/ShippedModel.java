package org.hipspa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.net.Segmenter;
import org.hipspa.pipeline.HipAnalysis;
import org.hipspa.score.HimrissSettings;

/** The model the project ships (resources/model), which tests run for real inference. */
public final class ShippedModel {
  private ShippedModel() {}

  public static Path folder() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("resources/model");
      if (Files.exists(candidate.resolve("manifest.json"))) {
        return candidate;
      }
    }
    throw new UncheckedIOException(new IOException("no resources/model/manifest.json above " + dir
        + "; the shipped model is made by hipspa train (see docs/model-card.md)"));
  }

  public static Segmenter open() throws Exception {
    return Segmenter.open(folder(), 8);
  }

  public static HipAnalysis analysis(Segmenter network) {
    return HipAnalysis.onNetwork(network, HimrissSettings.PAPER, "test");
  }
}
