package org.hipspa.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonElement;
import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.CropBox;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.score.SliceScores;
import org.hipspa.segment.HipSide;

/**
 * The result as JSON for other programs: provenance, series geometry, crop boxes, the UNet-score and
 * every slice's measurements. No patient identifiers and no pixels. Undefined numbers are null.
 */
public final class JsonReport {
  public static final String SCORE_LABEL = "UNet-score (on HIMRISS slices)";

  private JsonReport() {}

  public static String render(AnalysisResult result) {
    JsonObject root = new JsonObject();
    root.addProperty("product", "HipSpA for Weasis");
    root.addProperty("scoreLabel", SCORE_LABEL);
    root.addProperty("notice", ReportText.NOTICE);
    root.add("provenance", provenance(result.provenance()));
    root.add("series", series(result.series()));
    root.add("cropBoxes", boxes(result.cropBoxes()));
    root.add("unetScore", summary(result.scores()));
    JsonArray himriss = new JsonArray();
    result.scores().himrissRows().forEach(row -> himriss.add(slice(row.slice(), row.rightRole(), row.leftRole())));
    root.add("himrissSlices", himriss);
    JsonArray all = new JsonArray();
    result.scores().allSlices().forEach(s -> all.add(slice(s, null, null)));
    root.add("allSlices", all);
    result.groundTruthScores().ifPresent(truth -> root.add("groundTruthUnetScore", summary(truth)));
    return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root);
  }

  private static JsonObject provenance(Provenance p) {
    JsonObject o = new JsonObject();
    o.addProperty("modelName", p.modelName());
    o.addProperty("modelVersion", p.modelVersion());
    o.addProperty("weightsSha256", p.weightsSha256());
    o.addProperty("modelTrainedOn", p.modelTrainedOn());
    o.addProperty("seriesInstanceUid", p.seriesInstanceUid());
    o.addProperty("analysedAt", p.analysedAt().toString());
    o.addProperty("softwareVersion", p.softwareVersion());
    JsonObject settings = new JsonObject();
    settings.addProperty("centralSlices", p.settings().centralSlices());
    settings.addProperty("anteriorSlices", p.settings().anteriorSlices());
    settings.addProperty("posteriorSlices", p.settings().posteriorSlices());
    settings.addProperty("minHeadAreaFraction", p.settings().minHeadAreaFraction());
    o.add("himrissSettings", settings);
    return o;
  }

  private static JsonObject series(MrSeries s) {
    JsonObject o = new JsonObject();
    o.addProperty("seriesInstanceUid", s.seriesInstanceUid());
    o.addProperty("frameOfReferenceUid", s.frameOfReferenceUid());
    o.addProperty("seriesNumber", s.seriesNumber());
    o.addProperty("seriesDescription", s.seriesDescription());
    o.addProperty("orientation", s.orientation().describe());
    o.addProperty("slices", s.size());
    o.addProperty("rows", s.rows());
    o.addProperty("columns", s.columns());
    o.add("pixelSpacingMm", array(s.spacingY(), s.spacingX()));
    o.add("sliceStepMm", number(s.sliceStepMm()));
    return o;
  }

  private static JsonObject boxes(Map<HipSide, CropBox> boxes) {
    JsonObject o = new JsonObject();
    for (HipSide side : HipSide.values()) {
      CropBox b = boxes.get(side);
      if (b != null) {
        JsonObject box = new JsonObject();
        box.add("x0", number(b.x0()));
        box.add("y0", number(b.y0()));
        box.add("width", number(b.width()));
        box.add("height", number(b.height()));
        o.add(side.label(), box);
      }
    }
    return o;
  }

  private static JsonObject summary(ScoreResult scores) {
    JsonObject o = new JsonObject();
    for (HipSide side : HipSide.values()) {
      HipScore hip = scores.hip(side);
      JsonObject h = new JsonObject();
      h.add("score", number(hip.unetScore()));
      h.addProperty("slicesUsed", hip.slicesUsed());
      h.addProperty("slicesNotCounted", hip.slicesNotCounted());
      h.addProperty("centralSlice", hip.isScored() ? hip.centralSliceIndex() + 1 : 0);
      h.addProperty("problem", hip.problem());
      o.add(side.label(), h);
    }
    o.add("total", number(scores.total()));
    o.addProperty("complete", scores.isComplete());
    return o;
  }

  private static JsonObject slice(SliceScores s, SliceRole right, SliceRole left) {
    JsonObject o = new JsonObject();
    o.addProperty("slice", s.sliceIndex() + 1);
    o.addProperty("instanceNumber", s.instanceNumber());
    o.add("positionMm", number(s.positionMm()));
    o.add("right", hip(s.right(), right));
    o.add("left", hip(s.left(), left));
    return o;
  }

  private static JsonObject hip(HipMeasurement m, SliceRole role) {
    JsonObject o = new JsonObject();
    if (role != null) {
      o.addProperty("role", role.label());
    }
    o.addProperty("headPixels", m.headPixels());
    o.add("headAreaMm2", number(m.headAreaMm2()));
    o.add("bmeProportion", number(m.bmeProportion()));
    o.add("effusionProportion", number(m.effusionProportion()));
    o.add("sliceScore", m.counts() ? number(m.sliceScore()) : JsonNull.INSTANCE);
    o.add("bmeAreaRatio", number(m.bmeAreaRatio()));
    o.add("effusionAreaRatio", number(m.effusionAreaRatio()));
    o.addProperty("note", m.notCountedReason());
    return o;
  }

  private static JsonElement number(double v) {
    return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
  }

  private static JsonArray array(double... values) {
    JsonArray a = new JsonArray();
    for (double v : values) {
      a.add(number(v));
    }
    return a;
  }
}
