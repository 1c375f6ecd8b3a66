package org.hipspa.train;

import ai.djl.MalformedModelException;
import org.hipspa.files.FileTrees;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hipspa.net.UNet;

/**
 * A resumable training state in {@code workDir/checkpoint/}: the network's parameters, the
 * optimizer's state (step and moments), and {@code state.json} (last finished epoch, best
 * validation Dice and its epoch, epochs since it, the settings). A new checkpoint is written beside
 * the old one and swapped in, so a crash leaves one whole checkpoint.
 */
final class Checkpoint {
  static final String FOLDER = "checkpoint";
  private static final Gson GSON = new com.google.gson.GsonBuilder().serializeSpecialFloatingPointValues().create();

  /** Where training stands after {@code epoch} finished epochs. */
  record State(int epoch, double bestDice, int bestEpoch, int epochsSinceBest, int optimizerStep, TrainingSettings settings) {
    static State fresh(TrainingSettings settings) {
      return new State(0, Double.NEGATIVE_INFINITY, 0, 0, 0, settings);
    }
  }

  private Checkpoint() {}

  static boolean exists(Path workDir) {
    return Files.isRegularFile(workDir.resolve(FOLDER).resolve("state.json"))
        || Files.isRegularFile(workDir.resolve(FOLDER + ".old").resolve("state.json"));
  }

  static void save(Path workDir, State state, UNet net, ResumableAdam adam) throws IOException {
    Path partial = workDir.resolve(FOLDER + ".partial");
    FileTrees.delete(partial);
    Files.createDirectories(partial);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial.resolve("params")))) {
      net.saveParameters(new DataOutputStream(out));
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial.resolve("optimizer")))) {
      DataOutputStream data = new DataOutputStream(out);
      adam.save(net, data);
      data.flush();
    }
    Files.writeString(partial.resolve("state.json"), GSON.toJson(state), StandardCharsets.UTF_8);
    Path current = workDir.resolve(FOLDER);
    Path old = workDir.resolve(FOLDER + ".old");
    FileTrees.delete(old);
    if (Files.exists(current)) {
      Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
    FileTrees.delete(old);
  }

  /** The settings the checkpoint was trained with, read before anything is loaded into a network. */
  static TrainingSettings savedSettings(Path workDir) throws IOException {
    return readState(folderOf(workDir)).settings();
  }

  private static Path folderOf(Path workDir) {
    Path dir = workDir.resolve(FOLDER);
    return Files.isRegularFile(dir.resolve("state.json")) ? dir : workDir.resolve(FOLDER + ".old");
  }

  private static State readState(Path dir) throws IOException {
    return GSON.fromJson(Files.readString(dir.resolve("state.json"), StandardCharsets.UTF_8), State.class);
  }

  /** Loads the checkpoint into {@code net} (initialized, same architecture) and {@code adam}. */
  static State load(Path workDir, UNet net, ResumableAdam adam, NDManager manager) throws IOException {
    Path dir = folderOf(workDir);
    State state = readState(dir);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("params")))) {
      net.loadParameters(manager, new DataInputStream(in));
    } catch (MalformedModelException e) {
      throw new IOException("checkpoint parameters do not fit the network", e);
    }
    // Loading replaces each parameter's array; the new arrays must collect gradients again.
    for (Pair<String, Parameter> p : net.getParameters()) {
      if (p.getValue().requiresGradient()) {
        p.getValue().getArray().setRequiresGradient(true);
      }
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("optimizer")))) {
      adam.load(net, manager, new DataInputStream(in));
    }
    return state;
  }

}
