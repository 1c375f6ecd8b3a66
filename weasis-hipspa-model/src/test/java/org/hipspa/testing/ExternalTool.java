package org.hipspa.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent checker (dciodvfy, Debian's python3 with pydicom) and returns what it printed. */
public final class ExternalTool {
  private ExternalTool() {}

  public record Result(int exitCode, String output) {
    /** dciodvfy's lines that start with "Error". */
    public List<String> errors() {
      return lines("Error");
    }

    public List<String> warnings() {
      return lines("Warning");
    }

    private List<String> lines(String prefix) {
      List<String> out = new ArrayList<>();
      for (String line : output.split("\n")) {
        if (line.startsWith(prefix)) {
          out.add(line);
        }
      }
      return out;
    }
  }

  /** Runs the command with its standard error merged into the output. */
  public static Result run(Path workDir, String... command) throws IOException, InterruptedException {
    return run(workDir, true, command);
  }

  private static Result run(Path workDir, boolean mergeErrors, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    if (mergeErrors) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    }
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish in 120 s");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** dciodvfy's report for a file (it writes to stderr; both streams are merged). */
  public static Result dciodvfy(Path file) throws IOException, InterruptedException {
    return run(file.toAbsolutePath().getParent(), "dciodvfy", file.toAbsolutePath().toString());
  }

  /**
   * Debian's python3, which has pydicom and numpy (not a pyenv python that may come first on PATH). The
   * output is its standard output only; its warnings go to the test log.
   */
  public static Result debianPython(Path script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(script.toAbsolutePath().getParent(), false, command.toArray(String[]::new));
  }
}
