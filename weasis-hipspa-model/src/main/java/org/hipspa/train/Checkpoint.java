package org.hipspa.train;

import ai.djl.MalformedModelException;
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
import java.util.Comparator;
import java.util.stream.Stream;
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
    deleteTree(partial);
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
    deleteTree(old);
    if (Files.exists(current)) {
      Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Loads the checkpoint into {@code net} (initialized, same architecture) and {@code adam}. */
  static State load(Path workDir, UNet net, ResumableAdam adam, NDManager manager) throws IOException {
    Path dir = workDir.resolve(FOLDER);
    if (!Files.isRegularFile(dir.resolve("state.json"))) {
      dir = workDir.resolve(FOLDER + ".old");
    }
    State state = GSON.fromJson(Files.readString(dir.resolve("state.json"), StandardCharsets.UTF_8), State.class);
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
