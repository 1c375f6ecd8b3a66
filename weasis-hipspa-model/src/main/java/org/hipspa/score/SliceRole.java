package org.hipspa.score;

/** Where a slice stands in a hip's HIMRISS selection. */
public enum SliceRole {
  ANTERIOR,
  CENTRAL,
  POSTERIOR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
