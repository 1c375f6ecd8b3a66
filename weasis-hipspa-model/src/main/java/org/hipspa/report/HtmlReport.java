package org.hipspa.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hipspa.render.DisplayWindow;
import org.hipspa.render.StructureStyle;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.segment.HipSide;

/**
 * A self-contained HTML page (images embedded) for a person: the UNet-score summary, the HIMRISS
 * slice table, every HIMRISS slice with its masks and a legend, and where the numbers came from.
 */
public final class HtmlReport {
  private HtmlReport() {}

  public static String render(AnalysisResult result) {
    var series = result.series();
    return render(result, DisplayWindow.initial(series),
        ReportImages.hipsRegion(result.cropBoxes(), series.columns(), series.rows()));
  }

  /** With the grey window and the hips' region the caller already has, so the JPG overlays match. */
  static String render(AnalysisResult result, DisplayWindow window, Rectangle region) {
    var series = result.series();
    var p = result.provenance();
    StringBuilder h = new StringBuilder(64_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Hip MRI inflammation: ").append(esc(JsonReport.SCORE_LABEL)).append("</title>\n<style>")
        .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#1d1d1f;max-width:1100px}")
        .append("h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}")
        .append(".notice{background:#fff4d6;border:1px solid #e0b84a;padding:8px 12px;border-radius:4px}")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #c8c8cc;padding:3px 7px;text-align:right}")
        .append("th{background:#f0f0f3}td.l,th.l{text-align:left}tr.central td{background:#f6f9ff}")
        .append(".score td{font-size:16px}.legend span{display:inline-block;margin-right:16px}")
        .append(".sw{display:inline-block;width:14px;height:14px;vertical-align:middle;margin-right:5px;border:1px solid #555}")
        .append(".slices{display:flex;flex-wrap:wrap;gap:10px}.slices figure{margin:0}figcaption{font-size:12px}")
        .append(".meta td{text-align:left;border:none;padding:1px 8px 1px 0}</style></head><body>\n");
    h.append("<h1>Hip MRI inflammation analysis</h1>\n");
    h.append("<p class=\"notice\">").append(esc(ReportText.NOTICE)).append(" Model trained on: ")
        .append(esc(p.modelTrainedOn())).append(".</p>\n");

    h.append("<table class=\"meta\">")
        .append(meta("Series", "#" + series.seriesNumber() + " " + series.seriesDescription()))
        .append(meta("Geometry", series.summary()))
        .append(meta("Model", p.modelName() + " " + p.modelVersion() + " (weights SHA-256 " + shortHash(p.weightsSha256()) + ")"))
        .append(meta("Analysed", p.analysedAt().toString() + " by hipspa " + p.softwareVersion()))
        .append("</table>\n");

    h.append("<h2>").append(esc(JsonReport.SCORE_LABEL)).append("</h2>\n");
    h.append("<table class=\"score\"><tr><th class=\"l\"></th><th>Right hip</th><th>Left hip</th><th>Total</th></tr>");
    h.append(scoreRow("Prediction", result.scores()));
    result.groundTruthScores().ifPresent(t -> h.append(scoreRow("Ground truth (phantom)", t)));
    h.append("</table>\n");
    for (HipSide side : HipSide.values()) {
      HipScore hip = result.scores().hip(side);
      if (!hip.isScored()) {
        h.append("<p>").append(esc(hip.problem())).append("</p>\n");
      } else if (hip.slicesNotCounted() > 0) {
        h.append("<p>").append(hip.slicesNotCounted()).append(" of the ").append(side.label())
            .append(" hip's HIMRISS slices do not count (the table says why).</p>\n");
      }
    }
    h.append("<p>Each slice score is the sum of pixel values inside the lesion masks (bone marrow edema or")
        .append(" effusion/synovitis) divided by the sum inside the femoral head mask; a hip's UNet-score sums its")
        .append(" HIMRISS slices: the slice with the largest femoral head, ")
        .append(p.settings().centralHalfWidth()).append(" on each side of it, then ")
        .append(p.settings().anteriorSlices()).append(" anterior and ").append(p.settings().posteriorSlices())
        .append(" posterior. A slice counts only where its femoral head section is at least ")
        .append(Math.round(100 * p.settings().minHeadAreaFraction()))
        .append(" % of the hip's largest, since a ratio over a thin cap of the head is unstable.</p>\n");

    h.append("<h2>HIMRISS slices, anterior to posterior</h2>\n").append(legend());
    h.append("<table><tr><th class=\"l\" rowspan=\"2\">Slice</th><th rowspan=\"2\">Instance</th><th rowspan=\"2\">Position (mm)</th>")
        .append("<th colspan=\"5\">Right hip</th><th colspan=\"5\">Left hip</th></tr><tr>");
    for (int i = 0; i < 2; i++) {
      h.append("<th class=\"l\">Role</th><th>Head (mm²)</th><th>BME %</th><th>Effusion %</th><th>Slice score</th>");
    }
    h.append("</tr>\n");
    for (HimrissRow row : result.scores().himrissRows()) {
      boolean central = row.rightRole() == SliceRole.CENTRAL || row.leftRole() == SliceRole.CENTRAL;
      h.append(central ? "<tr class=\"central\">" : "<tr>")
          .append("<td class=\"l\">").append(row.slice().sliceIndex() + 1).append("</td><td>")
          .append(row.slice().instanceNumber()).append("</td><td>").append(fmt(row.slice().positionMm(), 1)).append("</td>");
      for (HipSide side : HipSide.values()) {
        h.append(cells(row.role(side), row.slice().hip(side)));
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Masks on the HIMRISS slices</h2>\n").append(legend()).append("<div class=\"slices\">\n");
    for (HimrissRow row : result.scores().himrissRows()) {
      int index = row.slice().sliceIndex();
      BufferedImage image = ReportImages.overlay(result, index, window, region, result.prediction());
      h.append("<figure><img alt=\"slice ").append(index + 1).append(" with masks\" src=\"data:image/png;base64,")
          .append(png(image)).append("\"><figcaption>Slice ").append(index + 1).append(" (")
          .append(fmt(row.slice().positionMm(), 1)).append(" mm): right ").append(role(row.rightRole()))
          .append(", left ").append(role(row.leftRole())).append("</figcaption></figure>\n");
    }
    h.append("</div>\n<p style=\"font-size:12px;color:#555\">Series UID ").append(esc(series.seriesInstanceUid()))
        .append("; model weights SHA-256 ").append(esc(p.weightsSha256())).append(".</p>\n</body></html>\n");
    return h.toString();
  }

  private static String scoreRow(String label, ScoreResult s) {
    return "<tr><td class=\"l\">" + esc(label) + "</td><td>" + hipScore(s.right()) + "</td><td>" + hipScore(s.left())
        + "</td><td><b>" + fmt(s.total(), 3) + (s.isComplete() ? "" : " (one hip only)") + "</b></td></tr>";
  }

  private static String hipScore(HipScore hip) {
    return hip.isScored() ? fmt(hip.unetScore(), 3) + " <small>(central slice " + (hip.centralSliceIndex() + 1) + ")</small>" : "—";
  }

  private static String cells(SliceRole role, HipMeasurement m) {
    if (role == null) {
      return "<td class=\"l\">—</td><td></td><td></td><td></td><td></td>";
    }
    if (!m.counts()) {
      return "<td class=\"l\">" + role.label() + "</td><td colspan=\"4\" class=\"l\">" + esc(m.notCountedReason()) + "</td>";
    }
    return "<td class=\"l\">" + role.label() + "</td><td>" + fmt(m.headAreaMm2(), 0) + "</td><td>"
        + fmt(100 * m.bmeProportion(), 1) + "</td><td>" + fmt(100 * m.effusionProportion(), 1) + "</td><td>"
        + fmt(m.sliceScore(), 3) + "</td>";
  }

  private static String legend() {
    StringBuilder s = new StringBuilder("<p class=\"legend\">");
    for (StructureStyle style : StructureStyle.values()) {
      var c = style.colour();
      s.append("<span><i class=\"sw\" style=\"").append(style.filled() ? "background:" : "border:2px solid ")
          .append(String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()))
          .append("\"></i>").append(esc(style.structure().displayName()))
          .append(style.filled() ? " (fill)" : " (outline)").append("</span>");
    }
    return s.append("</p>\n").toString();
  }

  private static String meta(String key, String value) {
    return "<tr><td><b>" + esc(key) + "</b></td><td>" + esc(value) + "</td></tr>";
  }

  private static String role(SliceRole role) {
    return role == null ? "not used" : role.label();
  }

  private static String shortHash(String sha) {
    return sha == null || sha.length() < 12 ? String.valueOf(sha) : sha.substring(0, 12) + "…";
  }

  static String fmt(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "—";
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String png(BufferedImage image) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return Base64.getEncoder().encodeToString(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
