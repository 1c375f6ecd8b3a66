package org.hipspa.weasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.weasis.core.api.gui.util.Filter;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.core.api.media.data.TagW;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.codec.TagD;
import org.weasis.opencv.data.PlanarImage;

/** Weasis images built from the mirror types, tagged the way Weasis tags a DICOM image (values typed by VR). */
final class WeasisImages {

  private WeasisImages() {}

  /** One Weasis image per slice of the series, stored as unsigned 16-bit values with a rescale of 2x - 100. */
  static List<DicomImageElement> of(MrSeries series) {
    List<DicomImageElement> images = new ArrayList<>();
    for (MrSlice slice : series.slices()) {
      float[] values = slice.pixels().values();
      short[] stored = new short[values.length];
      for (int i = 0; i < values.length; i++) {
        stored[i] = (short) Math.round((values[i] + 100) / 2);
      }
      DicomImageElement image = new DicomImageElement(0, new Unsigned16(slice.width(), slice.height(), stored));
      tag(image, DicomTags.SOP_INSTANCE_UID, slice.sopInstanceUid());
      tag(image, DicomTags.SOP_CLASS_UID, slice.sopClassUid());
      tag(image, DicomTags.INSTANCE_NUMBER, slice.instanceNumber());
      var g = slice.geometry();
      tag(image, DicomTags.IMAGE_POSITION_PATIENT, new double[] {g.position().x(), g.position().y(), g.position().z()});
      tag(image, DicomTags.IMAGE_ORIENTATION_PATIENT, new double[] {g.rowDirection().x(), g.rowDirection().y(),
          g.rowDirection().z(), g.columnDirection().x(), g.columnDirection().y(), g.columnDirection().z()});
      tag(image, DicomTags.PIXEL_SPACING, new double[] {g.spacingY(), g.spacingX()});
      tag(image, DicomTags.RESCALE_SLOPE, 2.0);
      tag(image, DicomTags.RESCALE_INTERCEPT, -100.0);
      tag(image, DicomTags.SERIES_INSTANCE_UID, series.seriesInstanceUid());
      tag(image, DicomTags.FRAME_OF_REFERENCE_UID, series.frameOfReferenceUid());
      tag(image, DicomTags.SERIES_NUMBER, series.seriesNumber());
      tag(image, DicomTags.SERIES_DESCRIPTION, series.seriesDescription());
      tag(image, DicomTags.MODALITY, "MR");
      tag(image, DicomTags.SLICE_THICKNESS, 4.0);
      tag(image, DicomTags.STUDY_INSTANCE_UID, "1.2.826.0.1.3680043.2.1125.1");
      tag(image, DicomTags.STUDY_DATE, LocalDate.of(2026, 11, 2));
      images.add(image);
    }
    return images;
  }

  static void tag(DicomImageElement image, int tag, Object value) {
    image.setTag(TagD.get(tag), value);
  }

  static MediaSeries<DicomImageElement> series(List<DicomImageElement> images) {
    return series(images, null);
  }

  /** A series of {@code images} that Weasis's DICOM explorer model {@code explorer} holds (null: none). */
  static MediaSeries<DicomImageElement> series(List<DicomImageElement> images, Object explorer) {
    return new MediaSeries<>() {
      @Override
      public Object getTagValue(TagW tag) {
        return tag == TagW.ExplorerModel ? explorer : null;
      }

      @Override
      public List<DicomImageElement> copyOfMedias(Filter<DicomImageElement> filter,
          Comparator<DicomImageElement> sort) {
        List<DicomImageElement> copy = new ArrayList<>(images);
        if (sort != null) {
          copy.sort(sort);
        }
        return copy;
      }
    };
  }

  /** An OpenCV-like CV_16UC1 image: {@code get} copies row-major values from (row, column) on. */
  record Unsigned16(int width, int height, short[] data) implements PlanarImage {
    @Override
    public int channels() {
      return 1;
    }

    @Override
    public int type() {
      return 2;
    }

    @Override
    public int get(int row, int column, short[] out) {
      int from = row * width + column;
      int n = Math.min(out.length, data.length - from);
      System.arraycopy(data, from, out, 0, n);
      return n * 2;
    }

    @Override
    public int get(int row, int column, byte[] out) {
      throw new UnsupportedOperationException("Mat data type is not compatible: 2");
    }

    @Override
    public int get(int row, int column, int[] out) {
      throw new UnsupportedOperationException("Mat data type is not compatible: 2");
    }

    @Override
    public int get(int row, int column, float[] out) {
      throw new UnsupportedOperationException("Mat data type is not compatible: 2");
    }

    @Override
    public int get(int row, int column, double[] out) {
      throw new UnsupportedOperationException("Mat data type is not compatible: 2");
    }
  }
}
