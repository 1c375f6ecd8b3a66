package org.hipspa.ui;

import java.awt.Shape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.BinaryMask;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;

/**
 * The masks of a segmentation as shapes in image pixel coordinates, per slice and structure (both hips in one shape),
 * ready for a host to draw. Slices and structures with an empty mask have no shape.
 */
public record SliceShapes(List<Map<Structure, Shape>> perSlice) {

  public SliceShapes {
    List<Map<Structure, Shape>> copy = new ArrayList<>(perSlice.size());
    for (Map<Structure, Shape> slice : perSlice) {
      copy.add(Map.copyOf(slice));
    }
    perSlice = List.copyOf(copy);
  }

  public static SliceShapes of(SeriesSegmentation segmentation) {
    List<Map<Structure, Shape>> slices = new ArrayList<>(segmentation.size());
    for (SliceSegmentation slice : segmentation.slices()) {
      Map<Structure, Shape> shapes = new EnumMap<>(Structure.class);
      for (Structure structure : Structure.values()) {
        BinaryMask both = slice.right().get(structure).or(slice.left().get(structure));
        if (!both.isEmpty()) {
          shapes.put(structure, MaskShapes.outline(both));
        }
      }
      slices.add(shapes);
    }
    return new SliceShapes(slices);
  }

  public Map<Structure, Shape> slice(int index) {
    return perSlice.get(index);
  }

  public int size() {
    return perSlice.size();
  }
}
