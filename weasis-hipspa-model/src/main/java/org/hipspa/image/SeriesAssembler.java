package org.hipspa.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the unsorted slices of one series into an {@link MrSeries}: checks that they share size,
 * spacing and orientation, sorts them along the slice normal (never by instance number, slice
 * location or file name), refuses two slices at one position, and measures the real slice step.
 * Shared by the DICOM reader and the Weasis adapter so both give the pipeline the same object.
 */
public final class SeriesAssembler {
  /** Normals further apart than this are not one stack. */
  static final double MAX_NORMAL_ANGLE_DEGREES = 1.0;
  /** Slices closer than this along the normal are at the same position. */
  static final double SAME_POSITION_MM = 0.01;

  private SeriesAssembler() {}

  /**
   * @param header everything but the slices; its normal, orientation and step are ignored and derived
   * @param unsorted the slices in any order; their {@code positionMm} is recomputed
   */
  public static MrSeries assemble(SeriesHeader header, List<MrSlice> unsorted)
      throws UnusableSeriesException {
    String name = header.displayName();
    if (unsorted.isEmpty()) {
      throw new UnusableSeriesException("Series " + name + " has no images; choose another series.");
    }
    MrSlice first = unsorted.get(0);
    Vec3 normal = first.geometry().normal();
    for (MrSlice s : unsorted) {
      if (s.width() != first.width() || s.height() != first.height()) {
        throw new UnusableSeriesException(String.format(Locale.ROOT,
            "Series %s mixes image sizes (%dx%d and %dx%d); load a series whose slices all have one size.",
            name, first.width(), first.height(), s.width(), s.height()));
      }
      double angle = Math.toDegrees(Math.acos(Math.min(1, Math.abs(s.geometry().normal().dot(normal)))));
      if (angle > MAX_NORMAL_ANGLE_DEGREES) {
        throw new UnusableSeriesException(String.format(Locale.ROOT,
            "Series %s mixes slice orientations (instance %d is tilted %.1f° from instance %d), so it is not one stack;"
                + " load a series acquired in a single plane.",
            name, s.instanceNumber(), angle, first.instanceNumber()));
      }
      if (Math.abs(s.geometry().spacingX() - first.geometry().spacingX()) > 1e-3
          || Math.abs(s.geometry().spacingY() - first.geometry().spacingY()) > 1e-3) {
        throw new UnusableSeriesException(
            "Series " + name + " mixes pixel spacings; load a series whose slices share one pixel spacing.");
      }
    }

    List<MrSlice> sorted = new ArrayList<>(unsorted.size());
    for (MrSlice s : unsorted) {
      double along = s.geometry().position().dot(normal);
      sorted.add(new MrSlice(s.sopInstanceUid(), s.sopClassUid(), s.frameNumber(), s.instanceNumber(),
          s.geometry(), along, s.pixels()));
    }
    sorted.sort(Comparator.comparingDouble(MrSlice::positionMm));

    double[] steps = new double[Math.max(0, sorted.size() - 1)];
    for (int i = 1; i < sorted.size(); i++) {
      MrSlice a = sorted.get(i - 1);
      MrSlice b = sorted.get(i);
      steps[i - 1] = b.positionMm() - a.positionMm();
      if (steps[i - 1] < SAME_POSITION_MM) {
        throw new UnusableSeriesException(String.format(Locale.ROOT,
            "Series %s has two images at the same position (%.2f mm, instances %d and %d), perhaps a repeated"
                + " acquisition; remove one of them or load the series from the PACS again.",
            name, a.positionMm(), a.instanceNumber(), b.instanceNumber()));
      }
    }
    double step = steps.length == 0 ? Double.NaN : median(steps);

    return new MrSeries(header.study(), header.seriesInstanceUid(), header.frameOfReferenceUid(),
        header.seriesNumber(), header.seriesDescription(), header.modality(), normal,
        SliceOrientation.fromNormal(normal), step, header.sliceThicknessMm(), sorted, header.storedWindow());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
