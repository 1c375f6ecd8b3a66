package org.hipspa.weasis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.UnusableSeriesException;
import org.hipspa.image.Vec3;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.pipeline.Stage;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.codec.TagD;

/**
 * Turns the images of a Weasis series into the pipeline's {@link MrSeries}: tags through {@code TagD}, stored pixels
 * through {@code getImage()} with the modality rescale, then {@link SeriesAssembler} (the DICOM reader's own) sorts
 * the slices along the normal and checks the stack. Loads pixels: call it on the analysis thread, never on the Swing
 * event thread.
 */
final class WeasisSeriesReader {

  private WeasisSeriesReader() {}

  static WeasisSeries read(List<DicomImageElement> images, ProgressListener progress, CancelToken cancel)
      throws UnusableSeriesException, AnalysisCancelledException {
    if (images.isEmpty()) {
      throw new UnusableSeriesException("The selected series has no images; open a coronal STIR series of the hips.");
    }
    DicomImageElement first = images.get(0);
    SeriesHeader header = header(first);
    String name = header.displayName();
    List<MrSlice> slices = new ArrayList<>(images.size());
    Map<String, DicomImageElement> byKey = new HashMap<>();
    progress.progress(Stage.READ, 0);
    for (int i = 0; i < images.size(); i++) {
      cancel.throwIfCancelled();
      DicomImageElement image = images.get(i);
      MrSlice slice = slice(image, name);
      byKey.put(key(slice), image);
      slices.add(slice);
      progress.progress(Stage.READ, (i + 1.0) / images.size());
    }
    MrSeries series = SeriesAssembler.assemble(header, slices);
    List<DicomImageElement> inOrder = new ArrayList<>(series.size());
    for (MrSlice slice : series.slices()) {
      inOrder.add(byKey.get(key(slice)));
    }
    return new WeasisSeries(series, inOrder);
  }

  /** One slice's identity: SOP instance and frame (Weasis keeps one element per frame of a multi-frame object). */
  static String key(MrSlice slice) {
    return slice.sopInstanceUid() + "#" + slice.frameNumber();
  }

  /** Weasis keys the element of a multi-frame object's frame by its index from 0; a single image has key 0. */
  static int frameNumber(DicomImageElement image) {
    return image.getKey() instanceof Integer index ? index + 1 : 1;
  }

  private static MrSlice slice(DicomImageElement image, String seriesName) throws UnusableSeriesException {
    int instance = number(image, DicomTags.INSTANCE_NUMBER);
    double[] position = TagD.getTagValue(image, DicomTags.IMAGE_POSITION_PATIENT, double[].class);
    double[] orientation = TagD.getTagValue(image, DicomTags.IMAGE_ORIENTATION_PATIENT, double[].class);
    double[] spacing = TagD.getTagValue(image, DicomTags.PIXEL_SPACING, double[].class);
    if (position == null || position.length != 3 || orientation == null || orientation.length != 6
        || spacing == null || spacing.length != 2 || !(spacing[0] > 0) || !(spacing[1] > 0)) {
      throw new UnusableSeriesException("Image " + instance + " of series " + seriesName
          + " has no patient position, orientation or pixel spacing, so slices cannot be placed; analyse an MR"
          + " series straight from the scanner.");
    }
    SliceGeometry geometry = new SliceGeometry(
        new Vec3(position[0], position[1], position[2]),
        new Vec3(orientation[0], orientation[1], orientation[2]),
        new Vec3(orientation[3], orientation[4], orientation[5]),
        spacing[1],
        spacing[0]);
    Double slope = TagD.getTagValue(image, DicomTags.RESCALE_SLOPE, Double.class);
    Double intercept = TagD.getTagValue(image, DicomTags.RESCALE_INTERCEPT, Double.class);
    FloatImage pixels = PixelCopy.of(image.getImage(), slope == null ? 1 : slope, intercept == null ? 0 : intercept,
        seriesName);
    return new MrSlice(text(image, DicomTags.SOP_INSTANCE_UID), text(image, DicomTags.SOP_CLASS_UID),
        frameNumber(image), instance, geometry, Double.NaN, pixels);
  }

  private static SeriesHeader header(DicomImageElement image) {
    StudyInfo study = new StudyInfo(
        text(image, DicomTags.PATIENT_NAME),
        text(image, DicomTags.PATIENT_ID),
        text(image, DicomTags.PATIENT_BIRTH_DATE),
        text(image, DicomTags.PATIENT_SEX),
        text(image, DicomTags.STUDY_INSTANCE_UID),
        text(image, DicomTags.STUDY_DATE),
        text(image, DicomTags.STUDY_TIME),
        text(image, DicomTags.STUDY_ID),
        text(image, DicomTags.ACCESSION_NUMBER),
        text(image, DicomTags.REFERRING_PHYSICIAN_NAME),
        text(image, DicomTags.STUDY_DESCRIPTION));
    Double thickness = TagD.getTagValue(image, DicomTags.SLICE_THICKNESS, Double.class);
    return new SeriesHeader(study,
        text(image, DicomTags.SERIES_INSTANCE_UID),
        text(image, DicomTags.FRAME_OF_REFERENCE_UID),
        number(image, DicomTags.SERIES_NUMBER),
        text(image, DicomTags.SERIES_DESCRIPTION),
        text(image, DicomTags.MODALITY),
        thickness == null ? Double.NaN : thickness);
  }

  private static int number(DicomImageElement image, int tag) {
    Integer value = TagD.getTagValue(image, tag, Integer.class);
    return value == null ? 0 : value;
  }

  /** A tag as DICOM text: Weasis gives dates and times as java.time values. */
  static String text(DicomImageElement image, int tag) {
    Object value = TagD.getTagValue(image, tag, Object.class);
    if (value instanceof LocalDate date) {
      return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
    if (value instanceof LocalTime time) {
      return time.format(DateTimeFormatter.ofPattern("HHmmss"));
    }
    if (value instanceof String[] values) {
      return String.join("\\", values);
    }
    return value == null ? "" : value.toString();
  }
}
