package org.hipspa.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One process run with exactly the given environment; output goes to files so neither pipe can block. */
record Run(int exitCode, String out, String err, Duration wallClock) {

  static Run of(List<String> command, Map<String, String> environment, Path workingDir, Duration timeout)
      throws IOException, InterruptedException {
    Path outFile = Files.createTempFile(workingDir, "stdout", ".txt");
    Path errFile = Files.createTempFile(workingDir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
        .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s; stderr: "
          + Files.readString(errFile, StandardCharsets.UTF_8));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Run(process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
        Files.readString(errFile, StandardCharsets.UTF_8), elapsed);
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
