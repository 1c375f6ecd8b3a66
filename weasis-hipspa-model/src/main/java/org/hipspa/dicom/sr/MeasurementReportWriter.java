package org.hipspa.dicom.sr;

import static org.hipspa.dicom.result.Attributes.cs;
import static org.hipspa.dicom.result.Attributes.sequence;
import static org.hipspa.dicom.result.Attributes.ui;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.ContentItemFactory;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.StructuredReport;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.hipspa.HipspaException;
import org.hipspa.dicom.result.AtomicDicomFile;
import org.hipspa.dicom.result.Attributes;
import org.hipspa.dicom.result.Code;
import org.hipspa.dicom.result.DerivedObjectHeader;
import org.hipspa.dicom.result.DicomUids;
import org.hipspa.dicom.result.InstanceReferences;
import org.hipspa.dicom.result.SourceFrames;
import org.hipspa.dicom.seg.HipSegments;
import org.hipspa.dicom.seg.SegmentDefinition;
import org.hipspa.dicom.seg.WrittenSegmentation;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.score.HimrissRow;
import org.hipspa.score.HimrissSettings;
import org.hipspa.score.HipMeasurement;
import org.hipspa.score.HipScore;
import org.hipspa.score.ScoreResult;
import org.hipspa.score.SliceRole;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.Structure;

/**
 * Writes the scoring as a Comprehensive 3D SR following TID 1500 (Measurement Report). The model is
 * the device observer. Every measurement group is a TID 1501 group (tracking identifier and UID,
 * finding, finding site with laterality) that references the SEG and the source images it was measured
 * on: per hip, the UNet-score with the hip's three segments; per hip and HIMRISS slice with a femoral
 * head, the head area and lesion proportions with the source image and the hip's SEG frames on it;
 * for both hips, the total and the slice-count settings. The document is UNVERIFIED: nobody has
 * reviewed it.
 *
 * <p>Why not TID 1410/1411 groups with their ROI items: a slice's numbers come from three segments
 * (head, BME, effusion), not from one ROI, and PixelMed's validator applies TID 1410 and 1411 to
 * every group of a report once one group has an ROI reference, so a mixed report cannot pass it.
 */
public final class MeasurementReportWriter {
  public static final String SR_SOP_CLASS = SOPClass.Comprehensive3DSRStorage;
  static final int SERIES_NUMBER_OFFSET = 1001;

  private final AlgorithmIdentity algorithm;
  private final ContentItemFactory factory = new ContentItemFactory();

  public MeasurementReportWriter(AlgorithmIdentity algorithm) {
    this.algorithm = algorithm;
  }

  /** What was written, for the caller to name in its report. */
  public record WrittenReport(Path file, String sopInstanceUid, String seriesInstanceUid) {}

  public WrittenReport write(MrSeries series, ScoreResult score, WrittenSegmentation seg, Path target)
      throws HipspaException {
    try {
      ContentItem root = content(series, score, seg);
      AttributeList list = new StructuredReport(root).getAttributeList();
      String sopInstanceUid = DicomUids.newUid();
      String seriesInstanceUid = DicomUids.newUid();
      DerivedObjectHeader.put(list, series, algorithm, SR_SOP_CLASS, sopInstanceUid, seriesInstanceUid, "SR",
          series.seriesNumber() + SERIES_NUMBER_OFFSET, "HipSpA UNet-score report (unreviewed)", LocalDateTime.now());
      sequence(list, TagFromName.ReferencedPerformedProcedureStepSequence);
      cs(list, TagFromName.CompletionFlag, "COMPLETE");
      cs(list, TagFromName.VerificationFlag, "UNVERIFIED");
      sequence(list, TagFromName.PerformedProcedureCodeSequence);
      putEvidence(list, series, seg);
      putOurCodingScheme(list);
      AtomicDicomFile.write(list, target);
      return new WrittenReport(target, sopInstanceUid, seriesInstanceUid);
    } catch (DicomException e) {
      throw new IllegalStateException("PixelMed refused a content item of the measurement report", e);
    }
  }

  private ContentItem content(MrSeries series, ScoreResult score, WrittenSegmentation seg) throws DicomException {
    ContentItem root = factory.makeContainerContentItem(
        null, null, SrCodes.IMAGING_MEASUREMENT_REPORT.toItem(), true, "DCMR", "1500");
    factory.makeCodeContentItem(root, "HAS CONCEPT MOD", SrCodes.LANGUAGE.toItem(), SrCodes.ENGLISH.toItem());
    factory.makeCodeContentItem(root, "HAS OBS CONTEXT", SrCodes.OBSERVER_TYPE.toItem(), SrCodes.DEVICE.toItem());
    factory.makeUIDContentItem(root, "HAS OBS CONTEXT", SrCodes.DEVICE_OBSERVER_UID.toItem(), deviceObserverUid());
    factory.makeTextContentItem(root, "HAS OBS CONTEXT", SrCodes.DEVICE_OBSERVER_NAME.toItem(), algorithm.name());
    factory.makeTextContentItem(root, "HAS OBS CONTEXT", SrCodes.DEVICE_OBSERVER_MANUFACTURER.toItem(),
        DerivedObjectHeader.MANUFACTURER);
    factory.makeTextContentItem(root, "HAS OBS CONTEXT", SrCodes.DEVICE_OBSERVER_MODEL_NAME.toItem(),
        algorithm.nameAndVersion());
    factory.makeTextContentItem(root, "HAS OBS CONTEXT", SrCodes.DEVICE_OBSERVER_SERIAL_NUMBER.toItem(),
        DerivedObjectHeader.deviceSerialNumber(algorithm));
    factory.makeCodeContentItem(root, "HAS CONCEPT MOD", SrCodes.PROCEDURE_REPORTED.toItem(), SrCodes.MRI.toItem());

    ContentItem library = factory.makeContainerContentItem(root, "CONTAINS", SrCodes.IMAGE_LIBRARY.toItem(), true);
    ContentItem group = factory.makeContainerContentItem(library, "CONTAINS", SrCodes.IMAGE_LIBRARY_GROUP.toItem(), true);
    for (MrSlice slice : series.slices()) {
      image(group, null, slice, series);
    }

    ContentItem measurements =
        factory.makeContainerContentItem(root, "CONTAINS", SrCodes.IMAGING_MEASUREMENTS.toItem(), true);
    for (HipSide side : HipSide.values()) {
      hipGroup(measurements, series, score, seg, side);
    }
    for (HipSide side : HipSide.values()) {
      for (HimrissRow row : score.himrissRows()) {
        SliceRole role = row.role(side);
        HipMeasurement m = row.slice().hip(side);
        // A selected slice without femoral head has nothing to measure; the hip's group counts it.
        if (role != null && m.counts()) {
          sliceGroup(measurements, series, seg, side, row, role, m);
        }
      }
    }
    bothHipsGroup(measurements, score);
    return root;
  }

  private void hipGroup(ContentItem parent, MrSeries series, ScoreResult score, WrittenSegmentation seg, HipSide side)
      throws DicomException {
    HipScore hip = score.hip(side);
    ContentItem group = measurementGroup(parent, capitalised(side.label()) + " hip", HipSegments.laterality(side));
    for (Structure structure : Structure.values()) {
      factory.makeImageContentItem(group, "CONTAINS", SrCodes.SEGMENTATION.toItem(), seg.sopClassUid(),
          seg.sopInstanceUid(), 0, HipSegments.of(side, structure).number(), null, null, null, null);
    }
    if (hip.isScored()) {
      number(group, SrCodes.UNET_SCORE, hip.unetScore(), SrCodes.NO_UNITS);
    } else {
      indeterminate(group, SrCodes.UNET_SCORE);
    }
    number(group, SrCodes.SLICES_COUNTED, hip.slicesUsed(), SrCodes.SLICES);
    number(group, SrCodes.SLICES_NOT_COUNTED, hip.slicesNotCounted(), SrCodes.SLICES);
  }

  private void sliceGroup(ContentItem parent, MrSeries series, WrittenSegmentation seg, HipSide side, HimrissRow row,
      SliceRole role, HipMeasurement m) throws DicomException {
    int sliceIndex = row.slice().sliceIndex();
    MrSlice slice = series.slice(sliceIndex);
    ContentItem group = measurementGroup(parent, String.format(Locale.ROOT, "%s hip, instance %d at %.1f mm (%s)",
        capitalised(side.label()), slice.instanceNumber(), slice.positionMm(), role.label()),
        HipSegments.laterality(side));
    image(group, SrCodes.SOURCE_IMAGE_FOR_SEGMENTATION, slice, series);
    for (Structure structure : Structure.values()) {
      OptionalInt frame = seg.frameOf(HipSegments.of(side, structure).number(), sliceIndex);
      if (frame.isPresent()) {
        // A frame reference names no segment (PS3.3 C.18.3.1): the frame belongs to exactly one.
        factory.makeImageContentItem(group, "CONTAINS", SrCodes.SEGMENTATION.toItem(), seg.sopClassUid(),
            seg.sopInstanceUid(), frame.getAsInt(), 0, null, null, null, null);
      }
    }
    number(group, SrCodes.AREA, m.headAreaMm2(), SrCodes.SQUARE_MM);
    number(group, SrCodes.BME_PROPORTION, m.bmeProportion(), SrCodes.RATIO);
    number(group, SrCodes.EFFUSION_PROPORTION, m.effusionProportion(), SrCodes.RATIO);
    number(group, SrCodes.LESION_PROPORTION, m.lesionProportion(), SrCodes.RATIO);
    number(group, SrCodes.BME_AREA_RATIO, m.bmeAreaRatio(), SrCodes.RATIO);
    number(group, SrCodes.EFFUSION_AREA_RATIO, m.effusionAreaRatio(), SrCodes.RATIO);
    number(group, SrCodes.LESION_AREA_RATIO, m.lesionAreaRatio(), SrCodes.RATIO);
  }

  /** A TID 1501 measurement group: tracking identifier and UID, finding, finding site with laterality. */
  private ContentItem measurementGroup(ContentItem parent, String trackingIdentifier, Code laterality)
      throws DicomException {
    ContentItem group = factory.makeContainerContentItem(
        parent, "CONTAINS", SrCodes.MEASUREMENT_GROUP.toItem(), true, "DCMR", "1501");
    factory.makeTextContentItem(group, "HAS OBS CONTEXT", SrCodes.TRACKING_IDENTIFIER.toItem(), trackingIdentifier);
    factory.makeUIDContentItem(group, "HAS OBS CONTEXT", SrCodes.TRACKING_UID.toItem(), DicomUids.newUid());
    factory.makeCodeContentItem(group, "CONTAINS", SrCodes.FINDING.toItem(), SrCodes.INFLAMMATION.toItem());
    ContentItem site = factory.makeCodeContentItem(
        group, "HAS CONCEPT MOD", SrCodes.FINDING_SITE.toItem(), HipSegments.HIP_JOINT.toItem());
    factory.makeCodeContentItem(site, "HAS CONCEPT MOD", SrCodes.LATERALITY.toItem(), laterality.toItem());
    return group;
  }

  private void bothHipsGroup(ContentItem parent, ScoreResult score) throws DicomException {
    ContentItem group = measurementGroup(parent, "Both hips", SrCodes.BILATERAL);
    if (score.isComplete()) {
      number(group, SrCodes.UNET_SCORE, score.total(), SrCodes.NO_UNITS);
    } else {
      indeterminate(group, SrCodes.UNET_SCORE);
    }
    HimrissSettings settings = score.settings();
    number(group, SrCodes.CENTRAL_SLICES_SETTING, settings.centralSlices(), SrCodes.SLICES);
    number(group, SrCodes.ANTERIOR_SLICES_SETTING, settings.anteriorSlices(), SrCodes.SLICES);
    number(group, SrCodes.POSTERIOR_SLICES_SETTING, settings.posteriorSlices(), SrCodes.SLICES);
    number(group, SrCodes.MIN_HEAD_FRACTION_SETTING, settings.minHeadAreaFraction(), SrCodes.RATIO);
  }

  private void image(ContentItem parent, Code concept, MrSlice slice, MrSeries series) throws DicomException {
    int frame = SourceFrames.isFrameOfMultiFrameObject(series, slice) ? slice.frameNumber() : 0;
    factory.makeImageContentItem(parent, "CONTAINS", concept == null ? null : concept.toItem(), slice.sopClassUid(),
        slice.sopInstanceUid(), frame, 0, null, null, null, null);
  }

  /** NumericValue (DS, 16 characters) for every reader, FloatingPointValue for the exact double. */
  private void number(ContentItem group, Code concept, double value, Code units) throws DicomException {
    factory.makeNumericContentItem(group, "CONTAINS", concept.toItem(), Attributes.decimalString(value),
        Double.valueOf(value), null, null, units.toItem(), null);
  }

  /** A NUM without a value (empty MeasuredValueSequence) whose qualifier says why. */
  private void indeterminate(ContentItem group, Code concept) throws DicomException {
    ContentItem item = factory.new NumericContentItem(
        group, "CONTAINS", concept.toItem(), SrCodes.VALUE_INDETERMINATE.toItem());
    if (item.getParent() == null) {
      group.addChild(item);
    }
  }

  /** The model as a device: the same UID for the same weights, so reports of one model can be grouped. */
  private String deviceObserverUid() {
    return DicomUids.uidFor("hipspa-model:" + algorithm.nameAndVersion() + ":" + algorithm.weightsSha256());
  }


  /** CurrentRequestedProcedureEvidenceSequence: every instance the report references, by study and series. */
  private static void putEvidence(AttributeList list, MrSeries series, WrittenSegmentation seg) {
    Map<String, String> mr = new LinkedHashMap<>();
    for (MrSlice s : series.slices()) {
      mr.putIfAbsent(s.sopInstanceUid(), s.sopClassUid());
    }
    AttributeList mrSeries = seriesItem(series.seriesInstanceUid(), mr);
    AttributeList segSeries = seriesItem(seg.seriesInstanceUid(), Map.of(seg.sopInstanceUid(), seg.sopClassUid()));
    AttributeList study = new AttributeList();
    ui(study, TagFromName.StudyInstanceUID, series.study().studyInstanceUid());
    sequence(study, TagFromName.ReferencedSeriesSequence, mrSeries, segSeries);
    sequence(list, TagFromName.CurrentRequestedProcedureEvidenceSequence, study);
  }

  /** Declares 99HIPSPA in the SOP Common module, so a reader knows whose codes they are. */
  private static void putOurCodingScheme(AttributeList list) {
    AttributeList scheme = new AttributeList();
    Attributes.sh(scheme, TagFromName.CodingSchemeDesignator, Code.HIPSPA_SCHEME);
    Attributes.st(scheme, TagFromName.CodingSchemeName, "HipSpA for Weasis measurement concepts (docs/dicom-codes.md)");
    Attributes.st(scheme, TagFromName.CodingSchemeResponsibleOrganization, DerivedObjectHeader.MANUFACTURER);
    sequence(list, TagFromName.CodingSchemeIdentificationSequence, scheme);
  }

  private static AttributeList seriesItem(String seriesUid, Map<String, String> instances) {
    return InstanceReferences.seriesItem(seriesUid, instances, TagFromName.ReferencedSOPSequence);
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
