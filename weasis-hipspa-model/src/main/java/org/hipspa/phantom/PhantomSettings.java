package org.hipspa.phantom;

/**
 * What to generate for one phantom patient. The same settings always give the same patient, pixel for
 * pixel and byte for byte.
 *
 * @param seed drives everything random about the patient
 * @param patientNumber used in the synthetic name and ID ("PHANTOM^HIP^0007"); no effect on anatomy
 * @param sliceCount coronal slices, numbered anterior to posterior
 * @param sliceSpacingMm distance between slice centres (SpacingBetweenSlices)
 * @param sliceThicknessMm SliceThickness; partial volume is integrated over it
 * @param columns image width (patient right to left)
 * @param rows image height (head to feet)
 * @param pixelSpacingMm square pixel size
 * @param severity latent disease severity in [0, 1], or NaN to draw it from the cohort distribution
 *     (10 % without hip inflammation, the rest from mild to severe)
 * @param difficulty noise, bias, pose spread and lesion contrast
 */
public record PhantomSettings(
    long seed,
    int patientNumber,
    int sliceCount,
    double sliceSpacingMm,
    double sliceThicknessMm,
    int columns,
    int rows,
    double pixelSpacingMm,
    double severity,
    Difficulty difficulty) {

  public static final int DEFAULT_SLICES = 20;
  public static final double DEFAULT_SPACING_MM = 4.0;
  public static final int DEFAULT_COLUMNS = 512;
  public static final int DEFAULT_ROWS = 384;
  /** 400 mm over 512 columns, as in the paper's protocol. */
  public static final double DEFAULT_PIXEL_MM = 400.0 / 512;

  public PhantomSettings {
    if (sliceCount < 1 || sliceCount > 80) {
      throw new IllegalArgumentException("slice count must be 1 to 80, not " + sliceCount);
    }
    if (!(sliceSpacingMm >= 1 && sliceSpacingMm <= 10)) {
      throw new IllegalArgumentException("slice spacing must be 1 to 10 mm, not " + sliceSpacingMm);
    }
    if (!(sliceThicknessMm >= 0.5 && sliceThicknessMm <= 10)) {
      throw new IllegalArgumentException("slice thickness must be 0.5 to 10 mm, not " + sliceThicknessMm);
    }
    if (columns < 64 || rows < 64 || columns > 1024 || rows > 1024) {
      throw new IllegalArgumentException("image size must be 64 to 1024 pixels a side, not " + columns + "x" + rows);
    }
    if (!(pixelSpacingMm >= 0.3 && pixelSpacingMm <= 3)) {
      throw new IllegalArgumentException("pixel spacing must be 0.3 to 3 mm, not " + pixelSpacingMm);
    }
    if (!Double.isNaN(severity) && !(severity >= 0 && severity <= 1)) {
      throw new IllegalArgumentException("severity must be in [0, 1] or NaN, not " + severity);
    }
    if (patientNumber < 0 || patientNumber > 9999) {
      throw new IllegalArgumentException("patient number must be 0 to 9999, not " + patientNumber);
    }
    if (difficulty == null) {
      throw new IllegalArgumentException("difficulty is required");
    }
  }

  /** 20 slices 4 mm apart and 4 mm thick, 512 x 384 at 0.78 mm, severity drawn, medium difficulty. */
  public static PhantomSettings defaults(long seed) {
    return new PhantomSettings(seed, 1, DEFAULT_SLICES, DEFAULT_SPACING_MM, DEFAULT_SPACING_MM,
        DEFAULT_COLUMNS, DEFAULT_ROWS, DEFAULT_PIXEL_MM, Double.NaN, Difficulty.MEDIUM);
  }

  public PhantomSettings withSeverity(double value) {
    return new PhantomSettings(seed, patientNumber, sliceCount, sliceSpacingMm, sliceThicknessMm, columns, rows,
        pixelSpacingMm, value, difficulty);
  }

  public PhantomSettings withSlices(int count, double spacingMm, double thicknessMm) {
    return new PhantomSettings(seed, patientNumber, count, spacingMm, thicknessMm, columns, rows,
        pixelSpacingMm, severity, difficulty);
  }

  public PhantomSettings withDifficulty(Difficulty value) {
    return new PhantomSettings(seed, patientNumber, sliceCount, sliceSpacingMm, sliceThicknessMm, columns, rows,
        pixelSpacingMm, severity, value);
  }

  public PhantomSettings withPatientNumber(int number) {
    return new PhantomSettings(seed, number, sliceCount, sliceSpacingMm, sliceThicknessMm, columns, rows,
        pixelSpacingMm, severity, difficulty);
  }

  public PhantomSettings withSeed(long value) {
    return new PhantomSettings(value, patientNumber, sliceCount, sliceSpacingMm, sliceThicknessMm, columns, rows,
        pixelSpacingMm, severity, difficulty);
  }

  /** The canonical text of these settings, hashed into the UIDs so that other settings never reuse them. */
  String canonical() {
    return String.format(java.util.Locale.ROOT, "seed=%d;n=%d;slices=%d;spacing=%s;thickness=%s;size=%dx%d;px=%s;sev=%s;diff=%s",
        seed, patientNumber, sliceCount, sliceSpacingMm, sliceThicknessMm, columns, rows, pixelSpacingMm,
        severity, difficulty);
  }
}
