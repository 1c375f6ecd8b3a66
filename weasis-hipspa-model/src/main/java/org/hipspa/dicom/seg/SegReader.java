package org.hipspa.dicom.seg;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.HipspaException;
import org.hipspa.dicom.result.Code;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.Vec3;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;

/**
 * Reads a binary SEG written by {@link SegWriter} back into masks aligned with a given series, to
 * show a stored result without running the model again. Segments are recognised by their codes,
 * frames are placed by their ImagePositionPatient (or, failing that, by the source image they
 * reference), never by their order in the file. A SEG made on another series is refused.
 */
public final class SegReader {
  /** Frame and slice positions closer than this (mm) are the same plane; DS keeps 12 digits. */
  static final double SAME_POSITION_MM = 0.05;

  private SegReader() {}

  public static SeriesSegmentation read(Path file, MrSeries series) throws HipspaException {
    return readStored(file, series).masks();
  }

  /** {@link #read}, with what the SEG says of itself. */
  public static StoredSegmentation readStored(Path file, MrSeries series) throws HipspaException {
    String name = file.getFileName().toString();
    AttributeList list = new AttributeList();
    try {
      list.read(file.toFile());
    } catch (IOException | DicomException e) {
      throw new HipspaException("The file " + name + " is not a readable DICOM file; choose a DICOM segmentation (SEG) file.", e);
    }
    if (!SegWriter.SEG_SOP_CLASS.equals(string(list, TagFromName.SOPClassUID))
        || !"BINARY".equals(string(list, TagFromName.SegmentationType))) {
      throw new HipspaException("The file " + name + " is not a binary DICOM segmentation; choose a SEG file written by HipSpA.");
    }
    String seriesName = "#" + series.seriesNumber();
    if (!series.frameOfReferenceUid().equals(string(list, TagFromName.FrameOfReferenceUID))
        || !referencesSeries(list, series.seriesInstanceUid())) {
      throw new HipspaException("The segmentation " + name + " was made on another series than series " + seriesName
          + "; open it together with the series it was made from.");
    }
    int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
    int columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
    if (rows != series.rows() || columns != series.columns()) {
      throw new HipspaException("The segmentation " + name + " has images of " + columns + "x" + rows + " but series "
          + seriesName + " has " + series.columns() + "x" + series.rows() + "; open it with the series it was made from.");
    }

    Map<Integer, SegmentDefinition> segments = segments(list);
    if (segments.isEmpty()) {
      throw new HipspaException("The segmentation " + name + " has no femoral head, BME or effusion segment that HipSpA knows;"
          + " choose a SEG file written by HipSpA.");
    }

    byte[] pixels;
    try {
      Attribute data = list.getPixelData();
      pixels = data == null ? new byte[0] : data.getByteValues();
    } catch (DicomException e) {
      throw new HipspaException("The pixel data of " + name + " cannot be read; write the segmentation again.", e);
    }

    List<Map<HipSide, Map<Structure, BinaryMask>>> masks = emptyMasks(series);
    SequenceAttribute perFrame = (SequenceAttribute) list.get(TagFromName.PerFrameFunctionalGroupsSequence);
    AttributeList shared = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
        list, TagFromName.SharedFunctionalGroupsSequence);
    int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
    if (perFrame == null || perFrame.getNumberOfItems() != frames) {
      throw new HipspaException("The segmentation " + name + " does not describe each of its frames; write it again.");
    }
    for (int f = 0; f < frames; f++) {
      AttributeList group = perFrame.getItem(f).getAttributeList();
      int segmentNumber = (int) frameValue(group, shared, TagFromName.SegmentIdentificationSequence,
          TagFromName.ReferencedSegmentNumber)[0];
      SegmentDefinition segment = segments.get(segmentNumber);
      if (segment == null) {
        continue; // a segment we do not know, for example one a person added in another tool
      }
      int sliceIndex = sliceOf(group, shared, series, name, f + 1);
      BinaryMask frame;
      try {
        frame = BitPacking.unpack(pixels, f, columns, rows);
      } catch (IllegalArgumentException e) {
        throw new HipspaException("The pixel data of " + name + " is shorter than its frames; write the segmentation again.", e);
      }
      masks.get(sliceIndex).get(segment.side()).merge(segment.structure(), frame, BinaryMask::or);
    }

    List<SliceSegmentation> slices = new ArrayList<>(series.size());
    for (Map<HipSide, Map<Structure, BinaryMask>> slice : masks) {
      slices.add(new SliceSegmentation(hip(slice.get(HipSide.RIGHT)), hip(slice.get(HipSide.LEFT))));
    }
    return new StoredSegmentation(new SeriesSegmentation(series.seriesInstanceUid(), slices),
        string(list, TagFromName.SOPInstanceUID), algorithm(list));
  }

  private static String algorithm(AttributeList list) {
    SequenceAttribute items = (SequenceAttribute) list.get(TagFromName.SegmentSequence);
    String name = items == null || items.getNumberOfItems() == 0 ? ""
        : Attribute.getSingleStringValueOrEmptyString(items.getItem(0).getAttributeList(), SegTags.SEGMENT_ALGORITHM_NAME)
            .trim();
    return name.isEmpty() ? "unknown model" : name;
  }

  private static HipMasks hip(Map<Structure, BinaryMask> m) {
    return new HipMasks(m.get(Structure.FEMORAL_HEAD), m.get(Structure.BME), m.get(Structure.EFFUSION));
  }

  private static List<Map<HipSide, Map<Structure, BinaryMask>>> emptyMasks(MrSeries series) {
    List<Map<HipSide, Map<Structure, BinaryMask>>> masks = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Map<HipSide, Map<Structure, BinaryMask>> bySide = new HashMap<>();
      for (HipSide side : HipSide.values()) {
        Map<Structure, BinaryMask> byStructure = new HashMap<>();
        for (Structure s : Structure.values()) {
          byStructure.put(s, new BinaryMask(series.columns(), series.rows()));
        }
        bySide.put(side, byStructure);
      }
      masks.add(bySide);
    }
    return masks;
  }

  /** Our segments by segment number, recognised from type code and laterality. */
  private static Map<Integer, SegmentDefinition> segments(AttributeList list) {
    Map<Integer, SegmentDefinition> found = new HashMap<>();
    SequenceAttribute items = (SequenceAttribute) list.get(TagFromName.SegmentSequence);
    if (items == null) {
      return found;
    }
    for (int i = 0; i < items.getNumberOfItems(); i++) {
      AttributeList item = items.getItem(i).getAttributeList();
      int number = Attribute.getSingleIntegerValueOrDefault(item, TagFromName.SegmentNumber, -1);
      AttributeList type = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
          item, TagFromName.SegmentedPropertyTypeCodeSequence);
      if (type == null) {
        continue;
      }
      Code typeCode = code(new CodedSequenceItem(type));
      CodedSequenceItem laterality = CodedSequenceItem.getSingleCodedSequenceItemOrNull(
          type, TagFromName.SegmentedPropertyTypeModifierCodeSequence);
      if (laterality == null) {
        AttributeList region = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
            item, TagFromName.AnatomicRegionSequence);
        laterality = region == null ? null
            : CodedSequenceItem.getSingleCodedSequenceItemOrNull(region, TagFromName.AnatomicRegionModifierSequence);
      }
      HipSegments.identify(typeCode, laterality == null ? null : code(laterality))
          .ifPresent(d -> found.put(number, d));
    }
    return found;
  }

  private static int sliceOf(AttributeList group, AttributeList shared, MrSeries series, String name, int frameNumber)
      throws HipspaException {
    double[] ipp = frameValue(group, shared, TagFromName.PlanePositionSequence, TagFromName.ImagePositionPatient);
    if (ipp.length == 3) {
      Vec3 position = Vec3.of(ipp);
      for (int i = 0; i < series.size(); i++) {
        if (series.slice(i).geometry().position().minus(position).length() < SAME_POSITION_MM) {
          return i;
        }
      }
    }
    AttributeList derivation = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
        group, TagFromName.DerivationImageSequence);
    AttributeList source = derivation == null ? null
        : SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(derivation, TagFromName.SourceImageSequence);
    if (source != null) {
      String uid = string(source, TagFromName.ReferencedSOPInstanceUID);
      int referencedFrame = Attribute.getSingleIntegerValueOrDefault(source, TagFromName.ReferencedFrameNumber, 1);
      for (int i = 0; i < series.size(); i++) {
        MrSlice s = series.slice(i);
        if (s.sopInstanceUid().equals(uid) && s.frameNumber() == referencedFrame) {
          return i;
        }
      }
    }
    throw new HipspaException("Frame " + frameNumber + " of the segmentation " + name + " lies on no slice of series #"
        + series.seriesNumber() + "; open it together with the complete series it was made from.");
  }

  /** A value from a functional group, per-frame first, then shared; empty when absent. */
  private static double[] frameValue(AttributeList group, AttributeList shared, AttributeTag sequence, AttributeTag tag) {
    for (AttributeList l : new AttributeList[] {group, shared}) {
      if (l == null) {
        continue;
      }
      AttributeList item = SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(l, sequence);
      if (item != null && item.get(tag) != null) {
        try {
          return item.get(tag).getDoubleValues();
        } catch (DicomException e) {
          return new double[0];
        }
      }
    }
    return new double[] {-1};
  }

  private static boolean referencesSeries(AttributeList list, String seriesInstanceUid) {
    SequenceAttribute series = (SequenceAttribute) list.get(TagFromName.ReferencedSeriesSequence);
    if (series == null) {
      return false;
    }
    for (int i = 0; i < series.getNumberOfItems(); i++) {
      if (seriesInstanceUid.equals(string(series.getItem(i).getAttributeList(), TagFromName.SeriesInstanceUID))) {
        return true;
      }
    }
    return false;
  }

  private static Code code(CodedSequenceItem item) {
    return new Code(orEmpty(item.getCodeValue()), orEmpty(item.getCodingSchemeDesignator()), orEmpty(item.getCodeMeaning()));
  }

  private static String string(AttributeList list, AttributeTag tag) {
    return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
