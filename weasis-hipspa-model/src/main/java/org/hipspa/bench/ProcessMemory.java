package org.hipspa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process from /proc/self/status (Linux); NaN elsewhere. */
public final class ProcessMemory {
  private ProcessMemory() {}

  /** Current resident set size (VmRSS), MB. */
  public static double currentRssMb() {
    return field("VmRSS:");
  }

  /** Peak resident set size (VmHWM), MB. */
  public static double peakRssMb() {
    return field("VmHWM:");
  }

  private static double field(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name)) {
          return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException | SecurityException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
