package org.hipspa.net;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a model folder: the network's parameters as {@code weights.params} and a manifest with
 * their size and SHA-256. Everything is written under a temporary name beside the target and moved
 * into place whole, so a crash never leaves a half-written model that looks complete.
 */
public final class ModelPackageWriter {
  public static final String WEIGHTS_FILE = "weights.params";

  private ModelPackageWriter() {}

  /** Writes {@code net} with {@code manifest} (its weights entry is filled in) to the new folder {@code target}. */
  public static ModelManifest write(UNet net, ModelManifest manifest, Path target) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
    try {
      Path weights = temp.resolve(WEIGHTS_FILE);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(weights))) {
        net.saveParameters(new DataOutputStream(out));
      }
      ModelManifest complete = manifest.withWeights(new ModelManifest.Weights(
          WEIGHTS_FILE, ModelManifest.Weights.DJL_PARAMS, Checksums.sha256(weights), Files.size(weights)));
      ManifestJson.write(complete, temp.resolve(ModelManifest.FILE_NAME));
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return complete;
    } finally {
      deleteTree(temp);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
