package org.hipspa.phantom;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.hipspa.image.MrSeries;
import org.hipspa.image.Vec3;

/** The JSON texts of a phantom folder, written field by field in a fixed order (so the bytes are stable). */
final class PhantomJson {
  private PhantomJson() {}

  interface Body {
    void write(JsonWriter j) throws IOException;
  }

  static String of(Body body) {
    StringWriter text = new StringWriter();
    try (JsonWriter j = new JsonWriter(text)) {
      j.setIndent("  ");
      body.write(j);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /** A number, or null for NaN (JSON has no NaN). Doubles are written in full, so they read back exactly. */
  static void number(JsonWriter j, String name, double v) throws IOException {
    j.name(name);
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      j.nullValue();
    } else {
      j.value(v);
    }
  }

  static void vec(JsonWriter j, String name, Vec3 v) throws IOException {
    j.name(name).beginArray().value(v.x()).value(v.y()).value(v.z()).endArray();
  }

  static String truth(PhantomPatient patient) {
    MrSeries s = patient.series();
    return of(j -> {
      j.beginObject();
      j.name("format").value("hipspa-phantom-truth");
      j.name("formatVersion").value(PhantomWriter.FORMAT_VERSION);
      j.name("patientName").value(patient.parameters().patientName());
      j.name("seriesInstanceUid").value(s.seriesInstanceUid());
      j.name("columns").value(s.columns());
      j.name("rows").value(s.rows());
      j.name("pixelSpacingMm").beginArray().value(s.spacingY()).value(s.spacingX()).endArray();
      j.name("sliceStepMm").value(s.sliceStepMm());
      j.name("slices").beginArray();
      for (SliceTruth t : patient.truth()) {
        j.beginObject();
        j.name("index").value(t.index());
        j.name("instanceNumber").value(t.instanceNumber());
        j.name("sopInstanceUid").value(s.slice(t.index()).sopInstanceUid());
        j.name("positionMm").value(t.positionMm());
        hip(j, "right", t.right(), s);
        hip(j, "left", t.left(), s);
        j.endObject();
      }
      j.endArray();
      j.endObject();
    });
  }

  private static void hip(JsonWriter j, String name, HipTruth h, MrSeries s) throws IOException {
    j.name(name).beginObject();
    j.name("counts").value(h.counts());
    j.name("headPixels").value(h.head().count());
    j.name("headAreaMm2").value(h.head().count() * s.spacingX() * s.spacingY());
    j.name("bmePixels").value(h.bme().count());
    j.name("effusionPixels").value(h.effusion().count());
    j.name("headCentreColumn").value(h.headCentreColumn());
    j.name("headCentreRow").value(h.headCentreRow());
    j.name("headCentreDistanceMm").value(h.headCentreDistanceMm());
    number(j, "bmeProportion", h.bmeProportion());
    number(j, "effusionProportion", h.effusionProportion());
    number(j, "lesionProportion", h.lesionProportion());
    number(j, "bmeAreaProportion", h.bmeAreaProportion());
    number(j, "effusionAreaProportion", h.effusionAreaProportion());
    number(j, "lesionAreaProportion", h.lesionAreaProportion());
    j.endObject();
  }

  static String parameters(PhantomParameters p) {
    return of(j -> {
      j.beginObject();
      j.name("format").value("hipspa-phantom-patient");
      j.name("formatVersion").value(PhantomWriter.FORMAT_VERSION);
      j.name("generator").value("hipspa phantom (org.hipspa.phantom)");
      j.name("synthetic").value(true);
      j.name("patientName").value(p.patientName());
      j.name("patientId").value(p.patientId());
      PhantomSettings s = p.settings();
      j.name("settings").beginObject();
      j.name("seed").value(s.seed());
      j.name("patientNumber").value(s.patientNumber());
      j.name("sliceCount").value(s.sliceCount());
      j.name("sliceSpacingMm").value(s.sliceSpacingMm());
      j.name("sliceThicknessMm").value(s.sliceThicknessMm());
      j.name("columns").value(s.columns());
      j.name("rows").value(s.rows());
      j.name("pixelSpacingMm").value(s.pixelSpacingMm());
      number(j, "severity", s.severity());
      j.name("difficulty").value(s.difficulty().name().toLowerCase(Locale.ROOT));
      j.endObject();
      j.name("severity").value(p.severity());
      j.name("severityRight").value(p.severityRight());
      j.name("severityLeft").value(p.severityLeft());
      j.name("imaging").beginObject();
      j.name("muscleSignal").value(p.muscleSignal());
      j.name("snr").value(p.snr());
      j.name("biasAmplitude").value(p.biasAmplitude());
      j.name("windowCentre").value(PhantomWindow.centre(p.muscleSignal()));
      j.name("windowWidth").value(PhantomWindow.width(p.muscleSignal()));
      j.endObject();
      j.name("pose").beginObject();
      j.name("rollDegrees").value(p.poseRollDegrees());
      j.name("pitchDegrees").value(p.posePitchDegrees());
      j.name("yawDegrees").value(p.poseYawDegrees());
      j.name("scale").value(p.poseScale());
      j.name("translationMm").beginArray();
      for (double v : p.poseTranslationMm()) {
        j.value(v);
      }
      j.endArray();
      j.endObject();
      j.name("hips").beginArray();
      for (HipAnatomySummary h : new HipAnatomySummary[] {p.right(), p.left()}) {
        j.beginObject();
        j.name("side").value(h.side().label());
        vec(j, "headCentreMm", h.headCentreMm());
        j.name("headRadiusMm").value(h.headRadiusMm());
        j.name("neckShaftAngleDegrees").value(h.neckShaftAngleDegrees());
        j.name("antetorsionDegrees").value(h.antetorsionDegrees());
        j.name("acetabularInclinationDegrees").value(h.acetabularInclinationDegrees());
        j.endObject();
      }
      j.endArray();
      j.name("bmeLesions").beginArray();
      for (BmeLesion l : p.bmeLesions()) {
        j.beginObject();
        j.name("side").value(l.side().label());
        j.name("site").value(l.site().label());
        vec(j, "centreMm", l.centreMm());
        vec(j, "radiiMm", l.radiiMm());
        j.name("peakSignalRelativeToMuscle").value(l.peakSignal());
        j.endObject();
      }
      j.endArray();
      j.name("effusions").beginArray();
      for (Effusion e : p.effusions()) {
        j.beginObject();
        j.name("side").value(e.side().label());
        j.name("thicknessMm").value(e.thicknessMm());
        j.endObject();
      }
      j.endArray();
      LesionBurden b = p.burden();
      j.name("trueBurdenMm3").beginObject();
      j.name("bmeRight").value(b.bmeRightMm3());
      j.name("bmeLeft").value(b.bmeLeftMm3());
      j.name("effusionRight").value(b.effusionRightMm3());
      j.name("effusionLeft").value(b.effusionLeftMm3());
      j.name("total").value(b.totalMm3());
      j.endObject();
      ClinicalScores c = p.clinical();
      j.name("clinicalLike").beginObject();
      j.name("note").value("synthetic values for correlation tests; not clinical measurements");
      j.name("himrissBmeLike").value(c.himrissBmeLike());
      j.name("himrissSynovitisLike").value(c.himrissSynovitisLike());
      j.name("himrissTotalLike").value(c.himrissTotalLike());
      j.name("basdaiLike").value(c.basdaiLike());
      j.name("crpMgPerL").value(c.crpMgPerL());
      j.name("esrMmPerH").value(c.esrMmPerH());
      j.name("asdasCrpLike").value(c.asdasCrpLike());
      j.endObject();
      j.endObject();
    });
  }
}
