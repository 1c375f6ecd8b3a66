package org.hipspa.image;

import java.util.List;
import java.util.Optional;

/**
 * An MR series as the whole pipeline consumes it, independent of where it was read (DICOM files or
 * a Weasis series): slices sorted by position along the slice normal, with the series geometry.
 * Build one with {@link SeriesAssembler}, which checks what this record assumes.
 *
 * @param sliceStepMm the median distance between neighbouring slice positions along the normal
 *     (measured from ImagePositionPatient, not taken from SpacingBetweenSlices)
 * @param sliceThicknessMm the SliceThickness attribute, or NaN when absent
 * @param storedWindow the window the DICOM files carry (Window Center/Width, in the units of the slices' pixels),
 *     or empty when they carry none
 */
public record MrSeries(
    StudyInfo study,
    String seriesInstanceUid,
    String frameOfReferenceUid,
    int seriesNumber,
    String seriesDescription,
    String modality,
    Vec3 normal,
    SliceOrientation orientation,
    double sliceStepMm,
    double sliceThicknessMm,
    List<MrSlice> slices,
    Optional<StoredWindow> storedWindow) {

  public MrSeries {
    slices = List.copyOf(slices);
    storedWindow = storedWindow == null ? Optional.empty() : storedWindow;
    if (slices.isEmpty()) {
      throw new IllegalArgumentException("a series needs at least one slice");
    }
  }

  /** A series without a stored window. */
  public MrSeries(StudyInfo study, String seriesInstanceUid, String frameOfReferenceUid, int seriesNumber,
      String seriesDescription, String modality, Vec3 normal, SliceOrientation orientation, double sliceStepMm,
      double sliceThicknessMm, List<MrSlice> slices) {
    this(study, seriesInstanceUid, frameOfReferenceUid, seriesNumber, seriesDescription, modality, normal,
        orientation, sliceStepMm, sliceThicknessMm, slices, Optional.empty());
  }

  public int size() {
    return slices.size();
  }

  public MrSlice slice(int index) {
    return slices.get(index);
  }

  public int rows() {
    return slices.get(0).height();
  }

  public int columns() {
    return slices.get(0).width();
  }

  /** Spacing between columns in mm (PixelSpacing[1]). */
  public double spacingX() {
    return slices.get(0).geometry().spacingX();
  }

  /** Spacing between rows in mm (PixelSpacing[0]). */
  public double spacingY() {
    return slices.get(0).geometry().spacingY();
  }

  /** One line for people: "coronal, 20 slices of 512x256, 0.78x0.78 mm, step 4.0 mm". */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%s, %d slice%s of %dx%d, %.3fx%.3f mm, step %.2f mm",
        orientation.describe(),
        size(),
        size() == 1 ? "" : "s",
        columns(),
        rows(),
        spacingX(),
        spacingY(),
        sliceStepMm);
  }
}
