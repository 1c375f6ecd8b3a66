package org.hipspa.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.hipspa.HipspaException;
import org.hipspa.image.FloatImage;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StoredWindow;
import org.hipspa.image.Vec3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DICOM file as PixelMed read it: the header alone (for scanning) or with its pixel data (for
 * loading). Knows where a frame's attributes live: in a multi-frame (enhanced) object the per-frame
 * functional group first, then the shared one; in a classic object the top-level data set. Files
 * are only ever opened for reading, by PixelMed.
 */
final class DicomFile {
  private static final Logger LOG = LoggerFactory.getLogger(DicomFile.class);

  private final Path path;
  private final AttributeList list;
  private final boolean hasPixelData;
  private Object samples; // short[] or byte[] of all frames, fetched once on first use

  private DicomFile(Path path, AttributeList list, boolean hasPixelData) {
    this.path = path;
    this.list = list;
    this.hasPixelData = hasPixelData;
  }

  /** Reads the attributes before the pixel data; says whether the file has pixel data at all. */
  static DicomFile readHeader(Path path) throws IOException, DicomException {
    PixelDataWatch watch = new PixelDataWatch(true);
    AttributeList list = new AttributeList();
    list.read(path.toFile(), watch);
    return new DicomFile(path, list, watch.sawPixelData);
  }

  /**
   * Reads the whole object with its pixel data decompressed. Stops right after the pixel data, so
   * trailing padding or garbage after it (seen in real files) is never parsed.
   */
  static DicomFile readWithPixels(Path path) throws HipspaException {
    String name = path.toString();
    String syntax;
    try {
      AttributeList meta = new AttributeList();
      meta.readOnlyMetaInformationHeader(path.toFile());
      syntax = Attribute.getSingleStringValueOrEmptyString(meta, TagFromName.TransferSyntaxUID).trim();
    } catch (IOException | DicomException e) {
      throw damaged(name, e);
    }
    if (!TransferSyntaxes.isDecodable(syntax)) {
      throw TransferSyntaxes.unsupported(name, syntax);
    }
    PixelDataWatch watch = new PixelDataWatch(false);
    AttributeList list = new AttributeList();
    try {
      list.read(path.toFile(), watch);
    } catch (DicomException e) {
      if (String.valueOf(e.getMessage()).startsWith("No reader")) {
        // The ImageIO codec for this syntax is missing from the class path.
        throw TransferSyntaxes.unsupported(name, syntax);
      }
      throw watch.sawPixelData ? truncated(name) : damaged(name, e);
    } catch (IOException | RuntimeException e) {
      LOG.debug("PixelMed failed on a file", e);
      throw watch.sawPixelData ? truncated(name) : damaged(name, e);
    }
    if (!watch.sawPixelData) {
      throw new UnreadableDicomException(name + " holds no image (no pixel data); remove it from the series or choose another series.");
    }
    if (list.get(TagFromName.PixelData) == null) {
      // PixelMed logs and drops a pixel data element that ends before its stated length.
      throw truncated(name);
    }
    return new DicomFile(path, list, true);
  }

  Path path() {
    return path;
  }

  boolean hasPixelData() {
    return hasPixelData;
  }

  String string(AttributeTag tag) {
    return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
  }

  int integer(AttributeTag tag, int fallback) {
    return Attribute.getSingleIntegerValueOrDefault(list, tag, fallback);
  }

  int frameCount() {
    return Math.max(1, integer(TagFromName.NumberOfFrames, 1));
  }

  int rows() {
    return integer(TagFromName.Rows, 0);
  }

  int columns() {
    return integer(TagFromName.Columns, 0);
  }

  /**
   * The values of one attribute for one frame (frame from 0): from the frame's per-frame functional
   * group, else the shared functional group, else the top-level data set; null when absent or when any value is
   * not a number.
   */
  double[] frameValues(int frame, AttributeTag group, AttributeTag tag) {
    Attribute a = frameAttribute(frame, group, tag);
    if (a == null || a.getVM() == 0) {
      return null;
    }
    try {
      if (!ValueRepresentation.isDecimalStringVR(a.getVR())) {
        return a.getDoubleValues();
      }
      // PixelMed reads a decimal string that is not a number as 0: a garbled position would silently become 0 mm.
      String[] text = a.getStringValues();
      double[] values = new double[text.length];
      for (int i = 0; i < text.length; i++) {
        values[i] = Double.parseDouble(text[i].trim());
        if (!Double.isFinite(values[i])) {
          return null;
        }
      }
      return values;
    } catch (DicomException | NumberFormatException e) {
      return null;
    }
  }

  private Attribute frameAttribute(int frame, AttributeTag group, AttributeTag tag) {
    Attribute a = inFunctionalGroup(TagFromName.PerFrameFunctionalGroupsSequence, frame, group, tag);
    if (a == null) {
      a = inFunctionalGroup(TagFromName.SharedFunctionalGroupsSequence, 0, group, tag);
    }
    return a == null ? list.get(tag) : a;
  }

  private Attribute inFunctionalGroup(AttributeTag groupsSequence, int item, AttributeTag group, AttributeTag tag) {
    if (!(list.get(groupsSequence) instanceof SequenceAttribute groups) || item >= groups.getNumberOfItems()) {
      return null;
    }
    AttributeList itemList = groups.getItem(item).getAttributeList();
    return itemList == null ? null : SequenceAttribute.getNamedAttributeFromWithinSequenceWithSingleItem(itemList, group, tag);
  }

  /** The slice normal (row direction x column direction) of a frame, or null without a usable orientation. */
  Vec3 normalOrNull(int frame) {
    double[] iop = frameValues(frame, TagFromName.PlaneOrientationSequence, TagFromName.ImageOrientationPatient);
    if (iop == null || iop.length != 6) {
      return null;
    }
    Vec3 normal = new Vec3(iop[0], iop[1], iop[2]).cross(new Vec3(iop[3], iop[4], iop[5]));
    return normal.length() < 1e-6 ? null : normal.normalized();
  }

  /** PixelSpacing of a frame (between rows, between columns), or null. */
  double[] pixelSpacingOrNull(int frame) {
    double[] spacing = frameValues(frame, TagFromName.PixelMeasuresSequence, TagFromName.PixelSpacing);
    return spacing != null && spacing.length == 2 && spacing[0] > 0 && spacing[1] > 0 ? spacing : null;
  }

  double sliceThicknessOrNaN() {
    double[] t = frameValues(0, TagFromName.PixelMeasuresSequence, TagFromName.SliceThickness);
    return t != null && t.length == 1 && t[0] > 0 ? t[0] : Double.NaN;
  }

  /**
   * The first Window Center/Width pair of a frame, or none. The values apply after the modality rescale, the units
   * {@link #pixels} returns, so they need no conversion; an enhanced object keeps them in the Frame VOI LUT group.
   */
  Optional<StoredWindow> storedWindow(int frame) {
    return StoredWindow.of(firstNumber(frameAttribute(frame, TagFromName.FrameVOILUTSequence, TagFromName.WindowCenter)),
        firstNumber(frameAttribute(frame, TagFromName.FrameVOILUTSequence, TagFromName.WindowWidth)));
  }

  /** The first value as written, or NaN: PixelMed reads a decimal string that is not a number as 0. */
  private static double firstNumber(Attribute a) {
    if (a == null || a.getVM() == 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(a.getStringValues()[0].trim());
    } catch (DicomException | NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Where frame {@code frame} (from 0) lies in the patient. */
  SliceGeometry geometry(int frame) throws MissingGeometryException {
    double[] iop = frameValues(frame, TagFromName.PlaneOrientationSequence, TagFromName.ImageOrientationPatient);
    if (iop == null || iop.length != 6 || normalOrNull(frame) == null) {
      throw missing("ImageOrientationPatient");
    }
    double[] ipp = frameValues(frame, TagFromName.PlanePositionSequence, TagFromName.ImagePositionPatient);
    if (ipp == null || ipp.length != 3) {
      throw missing("ImagePositionPatient");
    }
    double[] spacing = pixelSpacingOrNull(frame);
    if (spacing == null) {
      throw missing("PixelSpacing");
    }
    return new SliceGeometry(new Vec3(ipp[0], ipp[1], ipp[2]), new Vec3(iop[0], iop[1], iop[2]),
        new Vec3(iop[3], iop[4], iop[5]), spacing[1], spacing[0]);
  }

  private MissingGeometryException missing(String attribute) {
    return new MissingGeometryException(path + " has no usable " + attribute
        + ", so its pixels cannot be placed in the patient; export the series again with its full header, or choose another series.");
  }

  /** Frame {@code frame} (from 0) as floats after the modality rescale (slope and intercept, default 1 and 0). */
  FloatImage pixels(int frame) throws HipspaException {
    String name = path.toString();
    int rows = rows();
    int columns = columns();
    int samplesPerPixel = integer(TagFromName.SamplesPerPixel, 1);
    int bitsAllocated = integer(TagFromName.BitsAllocated, 16);
    int bitsStored = integer(TagFromName.BitsStored, bitsAllocated);
    boolean signed = integer(TagFromName.PixelRepresentation, 0) == 1;
    if (samplesPerPixel != 1) {
      throw new UnreadableDicomException(name + " is a colour image, but HipSpA reads greyscale MR images only; choose another series.");
    }
    if (rows <= 0 || columns <= 0 || (bitsAllocated != 8 && bitsAllocated != 16) || bitsStored < 1 || bitsStored > bitsAllocated) {
      throw new UnreadableDicomException(name + " has a pixel format HipSpA does not read (" + columns + "x" + rows + ", "
          + bitsAllocated + " bits allocated, " + bitsStored + " stored); export the series with 8- or 16-bit greyscale pixels.");
    }
    double slope = single(frameValues(frame, TagFromName.PixelValueTransformationSequence, TagFromName.RescaleSlope), 1);
    double intercept = single(frameValues(frame, TagFromName.PixelValueTransformationSequence, TagFromName.RescaleIntercept), 0);
    if (slope == 0) {
      slope = 1; // a zero slope is an encoding error, not a request for a blank image
    }

    int n = rows * columns;
    int offset = frame * n;
    int mask = (1 << bitsStored) - 1;
    int signBit = 1 << (bitsStored - 1);
    float[] values = new float[n];
    Object all = samples(bitsAllocated);
    int available = all instanceof short[] s ? s.length : ((byte[]) all).length;
    if (available < offset + n) {
      throw truncated(name);
    }
    for (int i = 0; i < n; i++) {
      int raw = (all instanceof short[] s ? s[offset + i] & 0xffff : ((byte[]) all)[offset + i] & 0xff) & mask;
      if (signed && (raw & signBit) != 0) {
        raw -= mask + 1;
      }
      values[i] = (float) (raw * slope + intercept);
    }
    return new FloatImage(columns, rows, values);
  }

  private Object samples(int bitsAllocated) throws HipspaException {
    if (samples == null) {
      Attribute pixelData = list.get(TagFromName.PixelData);
      try {
        if (bitsAllocated == 8) {
          samples = pixelData.getByteValues();
        } else if (ValueRepresentation.isOtherByteVR(pixelData.getVR())) {
          samples = littleEndianShorts(pixelData.getByteValues());
        } else {
          samples = pixelData.getShortValues();
        }
      } catch (DicomException | RuntimeException e) {
        LOG.debug("PixelMed could not give the pixel values", e);
        throw truncated(path.toString());
      }
      if (samples == null) {
        throw truncated(path.toString());
      }
    }
    return samples;
  }

  private static short[] littleEndianShorts(byte[] bytes) {
    short[] s = new short[bytes.length / 2];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] & 0xff) << 8);
    }
    return s;
  }

  private static double single(double[] values, double fallback) {
    return values != null && values.length >= 1 && Double.isFinite(values[0]) ? values[0] : fallback;
  }

  static TruncatedPixelDataException truncated(String name) {
    return new TruncatedPixelDataException("The pixel data of " + name
        + " is cut short or damaged (the file is truncated); copy or export the file again.");
  }

  private static UnreadableDicomException damaged(String name, Exception cause) {
    LOG.debug("unreadable DICOM file", cause);
    return new UnreadableDicomException(name + " is damaged and cannot be read as DICOM; copy or export the file again.");
  }

  /**
   * Ends a read at the pixel data: before it (header only) or right after it. PixelMed asks after
   * each top-level tag has been read and before its value.
   */
  private static final class PixelDataWatch implements AttributeList.ReadTerminationStrategy {
    private final boolean headerOnly;
    boolean sawPixelData;

    PixelDataWatch(boolean headerOnly) {
      this.headerOnly = headerOnly;
    }

    @Override
    public boolean terminate(AttributeList attributes, AttributeTag tag, long byteOffset) {
      if (tag.equals(TagFromName.PixelData)) {
        sawPixelData = true;
        return headerOnly;
      }
      if (headerOnly) {
        // Group length (7fe0,0000) may come first; float pixel data (7fe0,0008/0009) is not read.
        boolean otherPixelData = tag.getGroup() == 0x7fe0 && tag.getElement() >= 0x0008;
        return otherPixelData || tag.compareTo(TagFromName.PixelData) > 0;
      }
      return attributes.containsKey(TagFromName.PixelData);
    }
  }
}
