package org.hipspa.phantom;

/** Where a bone marrow edema lesion sits, as HIMRISS names the regions. */
public enum BmeSite {
  FEMORAL_HEAD,
  FEMORAL_NECK,
  ACETABULUM;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
