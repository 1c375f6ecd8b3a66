package org.hipspa.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Map;
import org.hipspa.locate.CropBox;
import org.hipspa.render.DisplayWindow;
import org.hipspa.render.SliceRenderer;
import org.hipspa.render.StructureStyle;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;

/** The pictures of a report: a slice's hips with the masks, and the prediction beside ground truth. */
final class ReportImages {
  private static final int MARGIN_PX = 8;

  private ReportImages() {}

  /** The part of the slice holding both crop boxes, with a small margin. */
  static Rectangle hipsRegion(Map<HipSide, CropBox> boxes, int width, int height) {
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (CropBox b : boxes.values()) {
      x0 = Math.min(x0, b.x0());
      y0 = Math.min(y0, b.y0());
      x1 = Math.max(x1, b.x0() + b.width());
      y1 = Math.max(y1, b.y0() + b.height());
    }
    int left = (int) Math.max(0, Math.floor(x0) - MARGIN_PX);
    int top = (int) Math.max(0, Math.floor(y0) - MARGIN_PX);
    int right = (int) Math.min(width, Math.ceil(x1) + MARGIN_PX);
    int bottom = (int) Math.min(height, Math.ceil(y1) + MARGIN_PX);
    return new Rectangle(left, top, right - left, bottom - top);
  }

  static BufferedImage overlay(AnalysisResult result, int sliceIndex, DisplayWindow window, Rectangle region,
      SeriesSegmentation masks) {
    return SliceRenderer.render(result.series().slice(sliceIndex).pixels(), window, region,
        masks == null ? null : masks.slice(sliceIndex), EnumSet.allOf(Structure.class), StructureStyle.DEFAULT_FILL_OPACITY);
  }

  /** Prediction on the left, ground truth (or the plain image) on the right, each labelled. */
  static BufferedImage sideBySide(AnalysisResult result, int sliceIndex, DisplayWindow window, Rectangle region) {
    BufferedImage prediction = overlay(result, sliceIndex, window, region, result.prediction());
    BufferedImage other = overlay(result, sliceIndex, window, region, result.groundTruth().orElse(null));
    String otherLabel = result.groundTruth().isPresent() ? "Ground truth" : "Image";
    int gap = 6;
    int labelHeight = 18;
    BufferedImage out = new BufferedImage(prediction.getWidth() * 2 + gap, prediction.getHeight() + labelHeight,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.drawImage(prediction, 0, labelHeight, null);
      g.drawImage(other, prediction.getWidth() + gap, labelHeight, null);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.drawString("Prediction, slice " + (sliceIndex + 1), 4, 13);
      g.drawString(otherLabel, prediction.getWidth() + gap + 4, 13);
    } finally {
      g.dispose();
    }
    return out;
  }
}
