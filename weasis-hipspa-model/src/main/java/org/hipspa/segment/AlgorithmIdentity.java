package org.hipspa.segment;

import java.util.Objects;

/**
 * Which model produced a segmentation: written into every derived object (SEG algorithm name,
 * software versions, SR device observer) so a stored result names the weights it came from. The
 * model's manifest supplies these values.
 *
 * @param name the model's name, for example "HipSpA U-Net"
 * @param version the model's version, for example "1.0.0"
 * @param weightsSha256 the SHA-256 of the weights file, 64 lower-case hex digits, or empty if unknown
 */
public record AlgorithmIdentity(String name, String version, String weightsSha256) {

  public AlgorithmIdentity {
    Objects.requireNonNull(name);
    Objects.requireNonNull(version);
    weightsSha256 = weightsSha256 == null ? "" : weightsSha256.trim().toLowerCase(java.util.Locale.ROOT);
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("an algorithm needs a name and a version");
    }
  }

  /** "HipSpA U-Net 1.0.0". */
  public String nameAndVersion() {
    return name + " " + version;
  }
}
