package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import org.hipspa.image.FloatImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored values become floats through the pixel representation, bits stored and modality rescale. */
class PixelValuesTest {
  private final DicomSeriesReader reader = new DicomSeriesReader();

  @TempDir Path tmp;

  @Test
  void rescaleSlopeAndInterceptAreApplied() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("rescaled.dcm"), list -> {
      replace(list, TagFromName.RescaleSlope, "2.5");
      replace(list, TagFromName.RescaleIntercept, "-100");
    });

    assertThat(reader.decodeFrames(file).get(0).get(10, 10)).isEqualTo(760 * 2.5f - 100);
  }

  @Test
  void signedPixelsAreReadAsNegativeValues() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("signed.dcm"), list -> setPixel(list, 3, (short) -5));

    FloatImage image = reader.decodeFrames(file).get(0);

    assertThat(image.get(3, 0)).isEqualTo(-5f);
    assertThat(image.get(10, 10)).isEqualTo(760f);
  }

  @Test
  void unsignedPixelsAboveThe15BitRangeStayPositive() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("unsigned.dcm"), list -> {
      replace(list, TagFromName.PixelRepresentation, "0");
      setPixel(list, 3, (short) 0xfffb);
    });

    assertThat(reader.decodeFrames(file).get(0).get(3, 0)).isEqualTo(65531f);
  }

  @Test
  void onlyTheStoredBitsCountAndTheirTopBitIsTheSign() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("12bit.dcm"), list -> {
      replace(list, TagFromName.BitsStored, "12");
      replace(list, TagFromName.HighBit, "11");
      setPixel(list, 3, (short) 0x0fff); // -1 in 12-bit two's complement
      setPixel(list, 4, (short) 0xa005); // bits above the 12 stored ones are not part of the value
    });

    FloatImage image = reader.decodeFrames(file).get(0);

    assertThat(image.get(3, 0)).isEqualTo(-1f);
    assertThat(image.get(4, 0)).isEqualTo(5f);
  }

  private static void replace(AttributeList list, com.pixelmed.dicom.AttributeTag tag, String value) throws Exception {
    list.remove(tag);
    list.putNewAttribute(tag).addValue(value);
  }

  private static void setPixel(AttributeList list, int index, short value) throws Exception {
    var pixelData = (com.pixelmed.dicom.OtherWordAttribute) list.get(TagFromName.PixelData);
    short[] values = pixelData.getShortValues().clone();
    values[index] = value;
    pixelData.setValues(values);
  }
}
