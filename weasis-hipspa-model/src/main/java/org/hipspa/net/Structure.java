package org.hipspa.net;

/**
 * The structures the network segments, in the order of its output channels. The femoral head and
 * the lesions overlap (BME lies inside the head), so each has its own sigmoid output.
 */
public enum Structure {
  FEMORAL_HEAD("femoral-head", "femoral head"),
  BME("bme", "bone marrow edema"),
  EFFUSION("effusion", "effusion/synovitis");

  private final String id;
  private final String displayName;

  Structure(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** Stable identifier written into model manifests and result files. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The output channel of this structure. */
  public int channel() {
    return ordinal();
  }

  public static int count() {
    return values().length;
  }
}
