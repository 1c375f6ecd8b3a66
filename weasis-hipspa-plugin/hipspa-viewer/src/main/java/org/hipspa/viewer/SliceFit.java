package org.hipspa.viewer;

import java.awt.geom.AffineTransform;
import org.hipspa.image.MrSeries;

/**
 * Fits a slice to a view: as large as the view allows, centred, with square millimetres on screen (pixel spacing
 * between rows and between columns may differ). The transform maps image pixel coordinates (pixel (x, y) covers the
 * square from (x, y) to (x + 1, y + 1)) to the view's coordinates.
 */
public record SliceFit(int columns, int rows, double spacingX, double spacingY) {

  public static SliceFit of(MrSeries series) {
    return new SliceFit(series.columns(), series.rows(), series.spacingX(), series.spacingY());
  }

  public AffineTransform imageToView(int viewWidth, int viewHeight) {
    double widthMm = columns * spacingX;
    double heightMm = rows * spacingY;
    double pixelsPerMm = Math.max(1e-6, Math.min(viewWidth / widthMm, viewHeight / heightMm));
    double sx = pixelsPerMm * spacingX;
    double sy = pixelsPerMm * spacingY;
    double x0 = (viewWidth - columns * sx) / 2;
    double y0 = (viewHeight - rows * sy) / 2;
    return new AffineTransform(sx, 0, 0, sy, x0, y0);
  }
}
