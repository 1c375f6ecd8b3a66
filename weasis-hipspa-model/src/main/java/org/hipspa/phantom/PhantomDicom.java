package org.hipspa.phantom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.LongTextAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TimeAttribute;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.math.BigDecimal;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;

/**
 * Builds the DICOM MR Image Storage object of one phantom slice with PixelMed: every Type 1 and Type 2
 * attribute of the MR Image IOD, STIR acquisition parameters like the paper's protocol, 12-bit unsigned
 * stored values in 16-bit words, explicit VR little endian. Nothing in it depends on the clock.
 */
final class PhantomDicom {
  static final String SOURCE_AE = "HIPSPA";
  static final String TRANSFER_SYNTAX = TransferSyntax.ExplicitVRLittleEndian;

  // MR acquisition tags, spelled out because PixelMed's TagFromName lacks some of them.
  private static final AttributeTag SCANNINGSEQUENCE = new AttributeTag(0x0018, 0x0020);
  private static final AttributeTag SEQUENCEVARIANT = new AttributeTag(0x0018, 0x0021);
  private static final AttributeTag SCANOPTIONS = new AttributeTag(0x0018, 0x0022);
  private static final AttributeTag MRACQUISITIONTYPE = new AttributeTag(0x0018, 0x0023);
  private static final AttributeTag SEQUENCENAME = new AttributeTag(0x0018, 0x0024);
  private static final AttributeTag REPETITIONTIME = new AttributeTag(0x0018, 0x0080);
  private static final AttributeTag ECHOTIME = new AttributeTag(0x0018, 0x0081);
  private static final AttributeTag INVERSIONTIME = new AttributeTag(0x0018, 0x0082);
  private static final AttributeTag NUMBEROFAVERAGES = new AttributeTag(0x0018, 0x0083);
  private static final AttributeTag IMAGINGFREQUENCY = new AttributeTag(0x0018, 0x0084);
  private static final AttributeTag IMAGEDNUCLEUS = new AttributeTag(0x0018, 0x0085);
  private static final AttributeTag ECHONUMBERS = new AttributeTag(0x0018, 0x0086);
  private static final AttributeTag MAGNETICFIELDSTRENGTH = new AttributeTag(0x0018, 0x0087);
  private static final AttributeTag SPACINGBETWEENSLICES = new AttributeTag(0x0018, 0x0088);
  private static final AttributeTag ECHOTRAINLENGTH = new AttributeTag(0x0018, 0x0091);
  private static final AttributeTag ACQUISITIONMATRIX = new AttributeTag(0x0018, 0x1310);
  private static final AttributeTag INPLANEPHASEENCODINGDIRECTION = new AttributeTag(0x0018, 0x1312);

  private PhantomDicom() {}

  static AttributeList slice(PhantomPatient patient, int index) throws DicomException {
    MrSeries series = patient.series();
    MrSlice slice = series.slice(index);
    StudyInfo study = series.study();
    SliceGeometry g = slice.geometry();
    PhantomParameters p = patient.parameters();
    AttributeList list = new AttributeList();

    // SOP Common
    uid(list, TagFromName.SOPClassUID, slice.sopClassUid());
    uid(list, TagFromName.SOPInstanceUID, slice.sopInstanceUid());
    cs(list, TagFromName.SpecificCharacterSet, "ISO_IR 100");
    // Patient: obviously synthetic
    add(list, new PersonNameAttribute(TagFromName.PatientName), study.patientName());
    add(list, new LongStringAttribute(TagFromName.PatientID), study.patientId());
    add(list, new DateAttribute(TagFromName.PatientBirthDate), study.patientBirthDate());
    cs(list, TagFromName.PatientSex, study.patientSex());
    add(list, new LongTextAttribute(TagFromName.PatientComments),
        "Synthetic phantom made by HipSpA (org.hipspa.phantom); not a patient.");
    // General Study
    uid(list, TagFromName.StudyInstanceUID, study.studyInstanceUid());
    add(list, new DateAttribute(TagFromName.StudyDate), study.studyDate());
    add(list, new TimeAttribute(TagFromName.StudyTime), study.studyTime());
    add(list, new PersonNameAttribute(TagFromName.ReferringPhysicianName), study.referringPhysicianName());
    add(list, new ShortStringAttribute(TagFromName.StudyID), study.studyId());
    add(list, new ShortStringAttribute(TagFromName.AccessionNumber), study.accessionNumber());
    add(list, new LongStringAttribute(TagFromName.StudyDescription), study.studyDescription());
    // General Series
    cs(list, TagFromName.Modality, "MR");
    uid(list, TagFromName.SeriesInstanceUID, series.seriesInstanceUid());
    is(list, TagFromName.SeriesNumber, series.seriesNumber());
    add(list, new LongStringAttribute(TagFromName.SeriesDescription), series.seriesDescription());
    add(list, new DateAttribute(TagFromName.SeriesDate), study.studyDate());
    add(list, new TimeAttribute(TagFromName.SeriesTime), study.studyTime());
    cs(list, TagFromName.BodyPartExamined, "HIP");
    cs(list, TagFromName.PatientPosition, "HFS");
    // Frame of Reference
    uid(list, TagFromName.FrameOfReferenceUID, series.frameOfReferenceUid());
    add(list, new LongStringAttribute(TagFromName.PositionReferenceIndicator), "");
    // General Equipment
    add(list, new LongStringAttribute(TagFromName.Manufacturer), "HipSpA synthetic phantom");
    add(list, new LongStringAttribute(TagFromName.ManufacturerModelName), "org.hipspa.phantom");
    add(list, new LongStringAttribute(TagFromName.SoftwareVersions), "phantom format " + PhantomWriter.FORMAT_VERSION);
    // General Image
    is(list, TagFromName.InstanceNumber, slice.instanceNumber());
    is(list, TagFromName.AcquisitionNumber, 1);
    add(list, new DateAttribute(TagFromName.ContentDate), study.studyDate());
    add(list, new TimeAttribute(TagFromName.ContentTime), study.studyTime());
    add(list, new DateAttribute(TagFromName.AcquisitionDate), study.studyDate());
    add(list, new TimeAttribute(TagFromName.AcquisitionTime), study.studyTime());
    cs(list, TagFromName.ImageType, "DERIVED\\PRIMARY\\OTHER");
    add(list, new LongTextAttribute(TagFromName.ImageComments), String.format(java.util.Locale.ROOT,
        "Synthetic phantom, seed %d, severity %.3f, %s difficulty", p.settings().seed(), p.severity(),
        p.settings().difficulty().name().toLowerCase(java.util.Locale.ROOT)));
    cs(list, TagFromName.ImageLaterality, "B"); // both hips; a paired body part needs a laterality
    cs(list, TagFromName.BurnedInAnnotation, "NO");
    cs(list, TagFromName.LossyImageCompression, "00");
    // Image Plane
    ds(list, TagFromName.PixelSpacing, g.spacingY(), g.spacingX());
    ds(list, TagFromName.ImageOrientationPatient, g.rowDirection().x(), g.rowDirection().y(), g.rowDirection().z(),
        g.columnDirection().x(), g.columnDirection().y(), g.columnDirection().z());
    ds(list, TagFromName.ImagePositionPatient, g.position().x(), g.position().y(), g.position().z());
    ds(list, TagFromName.SliceThickness, series.sliceThicknessMm());
    ds(list, TagFromName.SliceLocation, slice.positionMm());
    // Image Pixel
    FloatImage img = slice.pixels();
    us(list, TagFromName.SamplesPerPixel, 1);
    cs(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
    us(list, TagFromName.Rows, img.height());
    us(list, TagFromName.Columns, img.width());
    us(list, TagFromName.BitsAllocated, 16);
    us(list, TagFromName.BitsStored, 12);
    us(list, TagFromName.HighBit, 11);
    us(list, TagFromName.PixelRepresentation, 0);
    // MR Image: a coronal STIR like the paper's (TR 3550, TE 51, TI 145 ms)
    cs(list, SCANNINGSEQUENCE, "SE\\IR");
    cs(list, SEQUENCEVARIANT, "SK");
    cs(list, SCANOPTIONS, "");
    cs(list, MRACQUISITIONTYPE, "2D");
    add(list, new ShortStringAttribute(SEQUENCENAME), "STIR_SYNTH");
    ds(list, REPETITIONTIME, 3550);
    ds(list, ECHOTIME, 51);
    ds(list, INVERSIONTIME, 145);
    is(list, ECHOTRAINLENGTH, 12);
    ds(list, NUMBEROFAVERAGES, 2);
    ds(list, MAGNETICFIELDSTRENGTH, 1.5);
    ds(list, SPACINGBETWEENSLICES, p.settings().sliceSpacingMm());
    add(list, new ShortStringAttribute(IMAGEDNUCLEUS), "1H");
    ds(list, IMAGINGFREQUENCY, 63.87);
    is(list, ECHONUMBERS, 1);
    us(list, ACQUISITIONMATRIX, 0, 512, 256, 0);
    cs(list, INPLANEPHASEENCODINGDIRECTION, "COL");
    // Stored values are the signal: identity rescale, so readers that apply it get the same numbers.
    ds(list, TagFromName.RescaleIntercept, 0);
    ds(list, TagFromName.RescaleSlope, 1);
    add(list, new LongStringAttribute(TagFromName.RescaleType), "US");
    // VOI LUT
    ds(list, TagFromName.WindowCenter, PhantomWindow.centre(p.muscleSignal()));
    ds(list, TagFromName.WindowWidth, PhantomWindow.width(p.muscleSignal()));
    add(list, new LongStringAttribute(TagFromName.WindowCenterWidthExplanation), "STIR");

    float[] v = img.values();
    short[] words = new short[v.length];
    for (int i = 0; i < v.length; i++) {
      words[i] = (short) Math.round(v[i]);
    }
    OtherWordAttribute pixels = new OtherWordAttribute(TagFromName.PixelData);
    pixels.setValues(words);
    list.put(pixels);

    FileMetaInformation.addFileMetaInformation(list, TRANSFER_SYNTAX, SOURCE_AE);
    return list;
  }

  private static void add(AttributeList list, Attribute a, String value) throws DicomException {
    if (value != null && !value.isEmpty()) {
      a.addValue(value);
    }
    list.put(a);
  }

  private static void uid(AttributeList list, AttributeTag tag, String value) throws DicomException {
    add(list, new UniqueIdentifierAttribute(tag), value);
  }

  private static void cs(AttributeList list, AttributeTag tag, String value) throws DicomException {
    CodeStringAttribute a = new CodeStringAttribute(tag);
    if (!value.isEmpty()) {
      for (String part : value.split("\\\\")) {
        a.addValue(part);
      }
    }
    list.put(a);
  }

  private static void is(AttributeList list, AttributeTag tag, int value) throws DicomException {
    add(list, new IntegerStringAttribute(tag), Integer.toString(value));
  }

  private static void us(AttributeList list, AttributeTag tag, int... values) throws DicomException {
    UnsignedShortAttribute a = new UnsignedShortAttribute(tag);
    for (int v : values) {
      a.addValue(v);
    }
    list.put(a);
  }

  private static void ds(AttributeList list, AttributeTag tag, double... values) throws DicomException {
    DecimalStringAttribute a = new DecimalStringAttribute(tag);
    for (double v : values) {
      a.addValue(decimal(v));
    }
    list.put(a);
  }

  /** A DS value of at most 16 characters that parses back to the closest double to the input's 10 places. */
  static String decimal(double v) {
    if (v == 0) {
      return "0";
    }
    for (int places = 10; places >= 0; places--) {
      String s = new BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
          .toPlainString();
      if (s.length() <= 16) {
        return s.equals("-0") ? "0" : s;
      }
    }
    throw new IllegalArgumentException("value too large for a DICOM decimal string: " + v);
  }
}
