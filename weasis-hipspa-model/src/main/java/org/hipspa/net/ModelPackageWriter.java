package org.hipspa.net;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.files.WholeFolder;

/**
 * Writes a model folder: the network's parameters as {@code weights.params} and a manifest with
 * their size and SHA-256, as a {@link WholeFolder}, so a crash never leaves a half-written model that
 * looks complete.
 */
public final class ModelPackageWriter {
  public static final String WEIGHTS_FILE = "weights.params";

  private ModelPackageWriter() {}

  /**
   * Writes {@code net} with {@code manifest} (its weights entry is filled in) to the new folder {@code target}.
   *
   * @throws java.nio.file.FileAlreadyExistsException if {@code target} exists
   */
  public static ModelManifest write(UNet net, ModelManifest manifest, Path target) throws IOException {
    ModelManifest[] complete = new ModelManifest[1];
    WholeFolder.create(target, folder -> complete[0] = writeInto(net, manifest, folder));
    return complete[0];
  }

  private static ModelManifest writeInto(UNet net, ModelManifest manifest, Path folder) throws IOException {
    Path weights = folder.resolve(WEIGHTS_FILE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(weights))) {
      net.saveParameters(new DataOutputStream(out));
    }
    ModelManifest complete = manifest.withWeights(new ModelManifest.Weights(
        WEIGHTS_FILE, ModelManifest.Weights.DJL_PARAMS, Checksums.sha256(weights), Files.size(weights)));
    ManifestJson.write(complete, folder.resolve(ModelManifest.FILE_NAME));
    return complete;
  }

}
