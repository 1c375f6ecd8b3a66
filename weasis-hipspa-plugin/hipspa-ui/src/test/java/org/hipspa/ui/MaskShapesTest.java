package org.hipspa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Random;
import org.hipspa.image.BinaryMask;
import org.junit.jupiter.api.Test;

class MaskShapesTest {

  @Test
  void aRingBecomesAShapeWithAHoleWhoseAreaIsThePixelCount() {
    BinaryMask ring = new BinaryMask(40, 30);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        double r = Math.hypot(x + 0.5 - 20, y + 0.5 - 15);
        ring.set(x, y, r < 12 && r > 5);
      }
    }

    Shape shape = MaskShapes.outline(ring);

    assertThat(area(shape)).isEqualTo(ring.count());
    assertThat(shape.contains(20, 15)).as("the hole stays open").isFalse();
    assertThatShapeCoversExactlyTheMaskPixels(shape, ring);
  }

  @Test
  void pixelsAtTheImageBorderAndPixelsTouchingOnlyAtACornerAreCoveredExactly() {
    BinaryMask mask = new BinaryMask(6, 5);
    mask.set(0, 0, true);
    mask.set(1, 1, true);
    mask.set(2, 0, true);
    mask.set(5, 4, true);
    mask.set(4, 4, true);
    mask.set(5, 3, true);

    Shape shape = MaskShapes.outline(mask);

    assertThat(area(shape)).isEqualTo(mask.count());
    assertThatShapeCoversExactlyTheMaskPixels(shape, mask);
  }

  @Test
  void aRandomMaskIsCoveredPixelForPixelInImageCoordinates() {
    Random random = new Random(7);
    BinaryMask mask = new BinaryMask(64, 48);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 64; x++) {
        mask.set(x, y, random.nextDouble() < 0.45);
      }
    }

    Shape shape = MaskShapes.outline(mask);

    assertThat(area(shape)).isEqualTo(mask.count());
    assertThatShapeCoversExactlyTheMaskPixels(shape, mask);
  }

  @Test
  void anEmptyMaskGivesAnEmptyShape() {
    assertThat(MaskShapes.outline(new BinaryMask(8, 8)).getBounds2D().isEmpty()).isTrue();
  }

  private static void assertThatShapeCoversExactlyTheMaskPixels(Shape shape, BinaryMask mask) {
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        assertThat(shape.contains(x + 0.5, y + 0.5)).as("pixel (%d, %d)", x, y).isEqualTo(mask.get(x, y));
      }
    }
  }

  /** Signed area of all the shape's loops (shoelace); outer loops and holes run opposite ways. */
  static double area(Shape shape) {
    double sum = 0;
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          startX = lastX = c[0];
          startY = lastY = c[1];
        }
        case PathIterator.SEG_LINETO -> {
          sum += lastX * c[1] - c[0] * lastY;
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_CLOSE -> {
          sum += lastX * startY - startX * lastY;
          lastX = startX;
          lastY = startY;
        }
        default -> throw new AssertionError("only straight pixel edges expected");
      }
    }
    return Math.abs(sum / 2);
  }
}
