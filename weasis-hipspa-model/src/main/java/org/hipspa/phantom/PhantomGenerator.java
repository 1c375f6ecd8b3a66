package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StoredWindow;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.UnusableSeriesException;
import org.hipspa.image.Vec3;

/**
 * Makes synthetic coronal STIR hip patients with exact ground truth, in memory. Deterministic: the same
 * settings give the same pixels, masks and UIDs. Single-threaded and stateless, so callers may run one
 * generator per thread.
 *
 * <p>Geometry: DICOM LPS; ImageOrientationPatient 1\0\0\0\0\-1 (columns towards the patient's left, rows
 * towards the feet), so the slice normal is +y and slices run anterior to posterior; the field of view is
 * centred 12 mm above the scanner origin, the slab 3 mm behind it, where the hips lie give or take the
 * patient's pose.
 */
public final class PhantomGenerator {

  public static final String MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
  public static final String SERIES_DESCRIPTION = "COR STIR HIP (SYNTHETIC PHANTOM)";
  static final double FIELD_CENTRE_Z = 12;
  static final double SLAB_CENTRE_Y = 3;

  public PhantomPatient generate(PhantomSettings settings) {
    long seed = settings.seed();
    Difficulty difficulty = settings.difficulty();
    double severity = Double.isNaN(settings.severity())
        ? LesionPlanner.drawSeverity(PhantomRandom.forPurpose(seed, "severity"))
        : settings.severity();
    PhantomAnatomy anatomy = new PhantomAnatomy(PhantomRandom.forPurpose(seed, "anatomy"));
    PhantomPose pose = PhantomPose.draw(PhantomRandom.forPurpose(seed, "pose"), difficulty);
    LesionPlanner.Plan plan = LesionPlanner.plan(PhantomRandom.forPurpose(seed, "lesions"), anatomy, severity,
        difficulty);
    ImagingConditions imaging = ImagingConditions.draw(PhantomRandom.forPurpose(seed, "imaging"), difficulty);
    PhantomScene scene = new PhantomScene(anatomy, plan.edema(), plan.effusionMm(), difficulty.bmeSignal,
        PhantomRandom.forPurpose(seed, "texture").nextLong());
    PhantomRenderer renderer = new PhantomRenderer(scene, pose, imaging, settings.sliceThicknessMm());

    PhantomUids uids = new PhantomUids(settings);
    String name = String.format(Locale.ROOT, "PHANTOM^HIP^%04d", settings.patientNumber());
    String id = String.format(Locale.ROOT, "PHANTOM-HIP-%04d", settings.patientNumber());
    StudyInfo study = new StudyInfo(name, id, "", "O", uids.study(), "20200101", "120000",
        String.format(Locale.ROOT, "PH%04d", settings.patientNumber()), "", "",
        "Synthetic hip phantom (not a patient)");

    int n = settings.sliceCount();
    int w = settings.columns();
    int h = settings.rows();
    double px = settings.pixelSpacingMm();
    Vec3 rowDir = new Vec3(1, 0, 0);
    Vec3 colDir = new Vec3(0, 0, -1);
    double x0 = -(w - 1) / 2.0 * px;
    double zTop = FIELD_CENTRE_Z + (h - 1) / 2.0 * px;
    List<MrSlice> slices = new ArrayList<>(n);
    List<RenderedSlice> rendered = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      double y = SLAB_CENTRE_Y + (k - (n - 1) / 2.0) * settings.sliceSpacingMm();
      SliceGeometry g = new SliceGeometry(new Vec3(x0, y, zTop), rowDir, colDir, px, px);
      RenderedSlice r = renderer.render(g, w, h, PhantomRandom.forPurpose(seed, "noise/" + k));
      rendered.add(r);
      slices.add(new MrSlice(uids.instance(k + 1), MR_IMAGE_STORAGE, 1, k + 1, g, y, r.pixels()));
    }
    MrSeries series;
    try {
      series = SeriesAssembler.assemble(new SeriesHeader(study, uids.series(), uids.frameOfReference(), 1,
          SERIES_DESCRIPTION, "MR", settings.sliceThicknessMm(), Optional.of(new StoredWindow(
              PhantomWindow.centre(imaging.muscleSignal()), PhantomWindow.width(imaging.muscleSignal())))), slices);
    } catch (UnusableSeriesException e) {
      throw new IllegalStateException("the phantom built an inconsistent stack: " + e.getMessage(), e);
    }

    Map<HipSide, Vec3> centres = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      centres.put(side, pose.toPatient(anatomy.hip(side).centre));
    }
    List<SliceTruth> truth = new ArrayList<>(n);
    double[] bme = new double[2];
    double[] eff = new double[2];
    double voxel = px * px * settings.sliceSpacingMm();
    for (int k = 0; k < n; k++) {
      MrSlice slice = series.slice(k);
      RenderedSlice r = rendered.get(slice.instanceNumber() - 1);
      HipTruth right = hipTruth(HipSide.RIGHT, r, slice, centres.get(HipSide.RIGHT));
      HipTruth left = hipTruth(HipSide.LEFT, r, slice, centres.get(HipSide.LEFT));
      truth.add(new SliceTruth(k, slice.instanceNumber(), slice.positionMm(), right, left));
      bme[0] += right.bme().count() * voxel;
      bme[1] += left.bme().count() * voxel;
      eff[0] += right.effusion().count() * voxel;
      eff[1] += left.effusion().count() * voxel;
    }
    LesionBurden burden = new LesionBurden(bme[0], bme[1], eff[0], eff[1]);
    ClinicalScores clinical = ClinicalScores.draw(PhantomRandom.forPurpose(seed, "clinical"), severity, burden);

    List<BmeLesion> lesions = new ArrayList<>();
    for (EdemaField e : plan.edema()) {
      lesions.add(new BmeLesion(e.side, e.site, pose.toPatient(new double[] {e.cx, e.cy, e.cz}),
          new Vec3(e.rx * pose.scale, e.ry * pose.scale, e.rz * pose.scale),
          anatomy.femoralMarrow + (difficulty.bmeSignal - anatomy.femoralMarrow) * e.peak));
    }
    List<Effusion> effusions = new ArrayList<>();
    for (HipSide side : HipSide.values()) {
      double t = plan.effusionMm().get(side);
      if (t > 0) {
        effusions.add(new Effusion(side, t * pose.scale));
      }
    }
    PhantomParameters parameters = new PhantomParameters(settings, name, id, severity, plan.severityRight(),
        plan.severityLeft(), imaging.muscleSignal(), imaging.snr(), difficulty.biasAmplitude, pose.rollDegrees,
        pose.pitchDegrees, pose.yawDegrees, pose.scale, pose.translation,
        summary(anatomy.right, centres.get(HipSide.RIGHT), pose.scale),
        summary(anatomy.left, centres.get(HipSide.LEFT), pose.scale), lesions, effusions, burden, clinical);
    return new PhantomPatient(parameters, series, truth);
  }

  private static HipAnatomySummary summary(PhantomAnatomy.Hip h, Vec3 centre, double scale) {
    return new HipAnatomySummary(h.side, centre, h.radius * scale, h.neckShaftAngleDegrees, h.antetorsionDegrees,
        h.acetabularInclinationDegrees);
  }

  private static HipTruth hipTruth(HipSide side, RenderedSlice r, MrSlice slice, Vec3 centre) {
    RenderedSlice.Masks m = r.masks().get(side);
    SliceGeometry g = slice.geometry();
    Vec3 rel = centre.minus(g.position());
    double col = rel.dot(g.rowDirection()) / g.spacingX();
    double row = rel.dot(g.columnDirection()) / g.spacingY();
    double dist = rel.dot(g.normal());
    FloatImage img = slice.pixels();
    BinaryMask lesion = m.bme().or(m.effusion());
    double headSum = m.head().sumOf(img);
    int headCount = m.head().count();
    double nan = Double.NaN;
    boolean counts = headCount > 0 && headSum > 0;
    return new HipTruth(side, m.head(), m.bme(), m.effusion(), col, row, dist,
        counts ? m.bme().sumOf(img) / headSum : nan,
        counts ? m.effusion().sumOf(img) / headSum : nan,
        counts ? lesion.sumOf(img) / headSum : nan,
        counts ? (double) m.bme().count() / headCount : nan,
        counts ? (double) m.effusion().count() / headCount : nan,
        counts ? (double) lesion.count() / headCount : nan);
  }
}
