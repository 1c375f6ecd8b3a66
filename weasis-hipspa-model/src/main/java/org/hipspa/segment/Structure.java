package org.hipspa.segment;

/** What the network segments. The lesions overlap the femoral head, so each is its own mask. */
public enum Structure {
  FEMORAL_HEAD("Femoral head"),
  BME("Bone marrow edema"),
  EFFUSION("Effusion/synovitis");

  private final String displayName;

  Structure(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
