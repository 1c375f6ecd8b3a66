package org.hipspa.segment;

/**
 * What the network segments, in the order of its output channels. The lesions overlap the femoral
 * head (BME lies inside it), so each is its own mask and its own sigmoid output.
 */
public enum Structure {
  FEMORAL_HEAD("femoral-head", "Femoral head"),
  BME("bme", "Bone marrow edema"),
  EFFUSION("effusion", "Effusion/synovitis");

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

  /** The network's output channel for this structure. */
  public int channel() {
    return ordinal();
  }

  public static int count() {
    return values().length;
  }
}
