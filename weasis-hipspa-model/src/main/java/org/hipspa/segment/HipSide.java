package org.hipspa.segment;

/**
 * The patient's side. On a coronal slice in the usual orientation (columns increasing toward the
 * patient's left) the right hip is on the image's left.
 */
public enum HipSide {
  RIGHT,
  LEFT;

  public String label() {
    return this == RIGHT ? "right" : "left";
  }
}
