package org.hipspa.dicom.seg;

import static org.hipspa.dicom.result.Attributes.at;
import static org.hipspa.dicom.result.Attributes.code;
import static org.hipspa.dicom.result.Attributes.cs;
import static org.hipspa.dicom.result.Attributes.ds;
import static org.hipspa.dicom.result.Attributes.lo;
import static org.hipspa.dicom.result.Attributes.pn;
import static org.hipspa.dicom.result.Attributes.sequence;
import static org.hipspa.dicom.result.Attributes.st;
import static org.hipspa.dicom.result.Attributes.ui;
import static org.hipspa.dicom.result.Attributes.ul;
import static org.hipspa.dicom.result.Attributes.us;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.HipspaException;
import org.hipspa.dicom.result.AtomicDicomFile;
import org.hipspa.dicom.result.Code;
import org.hipspa.dicom.result.DerivedObjectHeader;
import org.hipspa.dicom.result.DicomUids;
import org.hipspa.dicom.result.InstanceReferences;
import org.hipspa.dicom.result.SourceFrames;
import org.hipspa.dicom.seg.WrittenSegmentation.FrameKey;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SliceGeometry;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.SeriesSegmentation;

/**
 * Writes a series' masks as a DICOM binary Segmentation (PS3.3 A.51): six segments (femoral head,
 * BME, effusion/synovitis per hip), one frame per segment and slice that has any pixel, frames
 * ordered by segment then along the slice normal. A segment with no pixels anywhere keeps its
 * definition and has no frames ("looked, found none"); a series with no pixels at all gets one empty
 * frame, because a SEG needs at least one. The content says it is automatic and unreviewed.
 */
public final class SegWriter {
  public static final String SEG_SOP_CLASS = SOPClass.SegmentationStorage;
  public static final String CONTENT_LABEL = "AUTO_UNREVIEWED";
  /** Series number offset from the source series, so the SEG sorts next to it in a viewer. */
  static final int SERIES_NUMBER_OFFSET = 1000;

  static final Code SEGMENTATION_DERIVATION = Code.dcm("113076", "Segmentation");
  static final Code SOURCE_IMAGE_PURPOSE = Code.dcm("121322", "Source image for image processing operation");


  private final AlgorithmIdentity algorithm;

  public SegWriter(AlgorithmIdentity algorithm) {
    this.algorithm = algorithm;
  }

  public WrittenSegmentation write(MrSeries series, SeriesSegmentation segmentation, Path target)
      throws HipspaException {
    if (segmentation.size() != series.size()) {
      throw new IllegalArgumentException(
          "segmentation has " + segmentation.size() + " slices, series has " + series.size());
    }
    if (!series.seriesInstanceUid().equals(segmentation.seriesInstanceUid())) {
      throw new IllegalArgumentException("the segmentation was made for another series");
    }
    String sopInstanceUid = DicomUids.newUid();
    String seriesInstanceUid = DicomUids.newUid();
    AttributeList list = new AttributeList();
    DerivedObjectHeader.put(list, series, algorithm, SEG_SOP_CLASS, sopInstanceUid, seriesInstanceUid, "SEG",
        series.seriesNumber() + SERIES_NUMBER_OFFSET, "HipSpA automatic segmentation (unreviewed)",
        LocalDateTime.now());

    // Both hips are in every frame: ImageLaterality B (both) says so. It is not in the SEG IOD (a standard
    // extended attribute, one dciodvfy warning), but without it PixelMed's validator demands the series'
    // Laterality, which holds only R or L and which dciodvfy refuses here. Per-hip laterality is on each
    // segment's codes.
    cs(list, TagFromName.BodyPartExamined, "HIP");
    cs(list, TagFromName.ImageLaterality, "B");
    ui(list, TagFromName.FrameOfReferenceUID, series.frameOfReferenceUid());
    lo(list, TagFromName.PositionReferenceIndicator, "");

    cs(list, TagFromName.ImageType, "DERIVED", "PRIMARY");
    cs(list, TagFromName.ContentLabel, CONTENT_LABEL);
    lo(list, TagFromName.ContentDescription, fit("Automatic segmentation by " + algorithm.nameAndVersion()
        + ", not reviewed by a person", 64));
    pn(list, TagFromName.ContentCreatorName, "HipSpA^automatic, unreviewed");
    us(list, TagFromName.SamplesPerPixel, 1);
    cs(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
    us(list, TagFromName.Rows, series.rows());
    us(list, TagFromName.Columns, series.columns());
    us(list, TagFromName.BitsAllocated, 1);
    us(list, TagFromName.BitsStored, 1);
    us(list, TagFromName.HighBit, 0);
    us(list, TagFromName.PixelRepresentation, 0);
    cs(list, TagFromName.LossyImageCompression, "00");
    cs(list, TagFromName.SegmentationType, "BINARY");
    putSegments(list);

    Map<FrameKey, BinaryMask> frames = framesInOrder(series, segmentation);
    String dimensionUid = DicomUids.newUid();
    putDimensions(list, dimensionUid);
    putSharedGroups(list, series);
    Map<FrameKey, Integer> numbers = new HashMap<>();
    List<AttributeList> perFrame = new ArrayList<>();
    for (FrameKey key : frames.keySet()) {
      perFrame.add(perFrameGroup(series, key));
      numbers.put(key, perFrame.size());
    }
    sequence(list, TagFromName.PerFrameFunctionalGroupsSequence, perFrame.toArray(AttributeList[]::new));
    org.hipspa.dicom.result.Attributes.is(list, TagFromName.NumberOfFrames, frames.size());
    putReferencedSeries(list, series);

    OtherByteAttribute pixels = new OtherByteAttribute(TagFromName.PixelData);
    try {
      pixels.setValues(BitPacking.pack(new ArrayList<>(frames.values())));
    } catch (DicomException e) {
      throw new IllegalStateException(e);
    }
    list.put(pixels);

    AtomicDicomFile.write(list, target);
    return new WrittenSegmentation(target, SEG_SOP_CLASS, sopInstanceUid, seriesInstanceUid, numbers);
  }

  private void putSegments(AttributeList list) {
    List<AttributeList> items = new ArrayList<>();
    for (SegmentDefinition d : HipSegments.all()) {
      AttributeList item = new AttributeList();
      us(item, TagFromName.SegmentNumber, d.number());
      lo(item, TagFromName.SegmentLabel, d.label());
      st(item, SegTags.SEGMENT_DESCRIPTION, d.description());
      cs(item, TagFromName.SegmentAlgorithmType, "AUTOMATIC");
      lo(item, SegTags.SEGMENT_ALGORITHM_NAME, fit(algorithm.nameAndVersion(), 64));
      code(item, TagFromName.SegmentedPropertyCategoryCodeSequence, d.category());
      AttributeList type = d.type().toItem().getAttributeList();
      if (d.typeModifier() != null) {
        code(type, TagFromName.SegmentedPropertyTypeModifierCodeSequence, d.typeModifier());
      }
      sequence(item, TagFromName.SegmentedPropertyTypeCodeSequence, type);
      if (d.anatomicRegion() != null) {
        AttributeList region = d.anatomicRegion().toItem().getAttributeList();
        if (d.regionModifier() != null) {
          code(region, TagFromName.AnatomicRegionModifierSequence, d.regionModifier());
        }
        sequence(item, TagFromName.AnatomicRegionSequence, region);
      }
      us(item, TagFromName.RecommendedDisplayCIELabValue, d.cieLab());
      items.add(item);
    }
    sequence(list, TagFromName.SegmentSequence, items.toArray(AttributeList[]::new));
  }

  /** Non-empty masks by segment number, then slice index (which is order along the normal). */
  private static Map<FrameKey, BinaryMask> framesInOrder(MrSeries series, SeriesSegmentation segmentation) {
    Map<FrameKey, BinaryMask> frames = new LinkedHashMap<>();
    for (SegmentDefinition d : HipSegments.all()) {
      for (int i = 0; i < series.size(); i++) {
        BinaryMask mask = segmentation.slice(i).hip(d.side()).get(d.structure());
        if (mask.width() != series.columns() || mask.height() != series.rows()) {
          throw new IllegalArgumentException("mask size differs from the series' image size on slice " + i);
        }
        if (!mask.isEmpty()) {
          frames.put(new FrameKey(d.number(), i), mask);
        }
      }
    }
    if (frames.isEmpty()) {
      frames.put(new FrameKey(1, 0), new BinaryMask(series.columns(), series.rows()));
    }
    return frames;
  }

  private static void putDimensions(AttributeList list, String dimensionUid) {
    AttributeList organization = new AttributeList();
    ui(organization, TagFromName.DimensionOrganizationUID, dimensionUid);
    sequence(list, TagFromName.DimensionOrganizationSequence, organization);
    cs(list, TagFromName.DimensionOrganizationType, "3D");

    AttributeList bySegment = new AttributeList();
    ui(bySegment, TagFromName.DimensionOrganizationUID, dimensionUid);
    at(bySegment, TagFromName.DimensionIndexPointer, TagFromName.ReferencedSegmentNumber);
    at(bySegment, TagFromName.FunctionalGroupPointer, TagFromName.SegmentIdentificationSequence);
    lo(bySegment, TagFromName.DimensionDescriptionLabel, "ReferencedSegmentNumber");
    AttributeList byPosition = new AttributeList();
    ui(byPosition, TagFromName.DimensionOrganizationUID, dimensionUid);
    at(byPosition, TagFromName.DimensionIndexPointer, TagFromName.ImagePositionPatient);
    at(byPosition, TagFromName.FunctionalGroupPointer, TagFromName.PlanePositionSequence);
    lo(byPosition, TagFromName.DimensionDescriptionLabel, "ImagePositionPatient");
    sequence(list, TagFromName.DimensionIndexSequence, bySegment, byPosition);
  }

  private static void putSharedGroups(AttributeList list, MrSeries series) {
    SliceGeometry g = series.slice(0).geometry();
    AttributeList orientation = new AttributeList();
    double[] row = g.rowDirection().toArray();
    double[] column = g.columnDirection().toArray();
    ds(orientation, TagFromName.ImageOrientationPatient, row[0], row[1], row[2], column[0], column[1], column[2]);
    AttributeList measures = new AttributeList();
    ds(measures, TagFromName.PixelSpacing, g.spacingY(), g.spacingX());
    double thickness = Double.isFinite(series.sliceThicknessMm()) && series.sliceThicknessMm() > 0
        ? series.sliceThicknessMm()
        : series.sliceStepMm();
    if (Double.isFinite(thickness) && thickness > 0) {
      ds(measures, TagFromName.SliceThickness, thickness);
    }
    AttributeList shared = new AttributeList();
    sequence(shared, TagFromName.PlaneOrientationSequence, orientation);
    sequence(shared, TagFromName.PixelMeasuresSequence, measures);
    sequence(list, TagFromName.SharedFunctionalGroupsSequence, shared);
  }

  private static AttributeList perFrameGroup(MrSeries series, FrameKey key) {
    MrSlice slice = series.slice(key.sliceIndex());
    AttributeList group = new AttributeList();

    AttributeList content = new AttributeList();
    ul(content, TagFromName.DimensionIndexValues, key.segmentNumber(), key.sliceIndex() + 1L);
    sequence(group, TagFromName.FrameContentSequence, content);

    AttributeList position = new AttributeList();
    double[] p = slice.geometry().position().toArray();
    ds(position, TagFromName.ImagePositionPatient, p[0], p[1], p[2]);
    sequence(group, TagFromName.PlanePositionSequence, position);

    AttributeList segment = new AttributeList();
    us(segment, TagFromName.ReferencedSegmentNumber, key.segmentNumber());
    sequence(group, TagFromName.SegmentIdentificationSequence, segment);

    AttributeList source = new AttributeList();
    ui(source, TagFromName.ReferencedSOPClassUID, slice.sopClassUid());
    ui(source, TagFromName.ReferencedSOPInstanceUID, slice.sopInstanceUid());
    if (SourceFrames.isFrameOfMultiFrameObject(series, slice)) {
      org.hipspa.dicom.result.Attributes.is(source, TagFromName.ReferencedFrameNumber, slice.frameNumber());
    }
    code(source, TagFromName.PurposeOfReferenceCodeSequence, SOURCE_IMAGE_PURPOSE);
    AttributeList derivation = new AttributeList();
    code(derivation, TagFromName.DerivationCodeSequence, SEGMENTATION_DERIVATION);
    sequence(derivation, TagFromName.SourceImageSequence, source);
    sequence(group, TagFromName.DerivationImageSequence, derivation);
    return group;
  }


  private static void putReferencedSeries(AttributeList list, MrSeries series) {
    Map<String, String> instances = new LinkedHashMap<>();
    for (MrSlice s : series.slices()) {
      instances.putIfAbsent(s.sopInstanceUid(), s.sopClassUid());
    }
    sequence(list, TagFromName.ReferencedSeriesSequence, InstanceReferences.seriesItem(series.seriesInstanceUid(),
        instances, TagFromName.ReferencedInstanceSequence));
  }

  static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
