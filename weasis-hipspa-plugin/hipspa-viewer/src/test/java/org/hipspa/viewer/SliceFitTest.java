package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class SliceFitTest {

  @Test
  void aSliceFillsTheNarrowerSideOfTheViewAndIsCentredOnTheOther() {
    AffineTransform t = new SliceFit(512, 256, 0.78, 0.78).imageToView(1000, 1000);

    assertThat(t.transform(new Point2D.Double(0, 0), null)).isEqualTo(new Point2D.Double(0, 250));
    assertThat(t.transform(new Point2D.Double(512, 256), null)).isEqualTo(new Point2D.Double(1000, 750));
  }

  @Test
  void rectangularPixelsAreDrawnAsSquareMillimetres() {
    // Rows 2 mm apart, columns 1 mm: 100x50 pixels are 100 mm x 100 mm, a square on screen.
    AffineTransform t = new SliceFit(100, 50, 1.0, 2.0).imageToView(400, 600);

    Point2D corner = t.transform(new Point2D.Double(100, 50), null);
    Point2D origin = t.transform(new Point2D.Double(0, 0), null);
    assertThat(corner.getX() - origin.getX()).isCloseTo(400, within(1e-9));
    assertThat(corner.getY() - origin.getY()).isCloseTo(400, within(1e-9));
    assertThat(origin.getY()).isCloseTo(100, within(1e-9));
  }
}
