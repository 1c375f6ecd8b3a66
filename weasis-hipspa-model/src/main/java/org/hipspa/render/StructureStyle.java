package org.hipspa.render;

import java.awt.Color;
import org.hipspa.segment.Structure;

/**
 * How each structure is drawn everywhere (reports, the standalone viewer, the Weasis layers): the
 * femoral head as an outline, the lesions as translucent fills, in colours that stay apart for
 * the common colour-vision deficiencies (yellow, vermilion, sky blue).
 */
public enum StructureStyle {
  FEMORAL_HEAD(Structure.FEMORAL_HEAD, new Color(0xF0, 0xE4, 0x42), false),
  BME(Structure.BME, new Color(0xD5, 0x5E, 0x00), true),
  EFFUSION(Structure.EFFUSION, new Color(0x56, 0xB4, 0xE9), true);

  public static final float DEFAULT_FILL_OPACITY = 0.45f;

  private final Structure structure;
  private final Color colour;
  private final boolean filled;

  StructureStyle(Structure structure, Color colour, boolean filled) {
    this.structure = structure;
    this.colour = colour;
    this.filled = filled;
  }

  public static StructureStyle of(Structure structure) {
    for (StructureStyle s : values()) {
      if (s.structure == structure) {
        return s;
      }
    }
    throw new IllegalArgumentException(structure.name());
  }

  public Structure structure() {
    return structure;
  }

  public Color colour() {
    return colour;
  }

  public boolean filled() {
    return filled;
  }
}
