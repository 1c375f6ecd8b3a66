package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.MultiFrameImageFactory;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.StoredWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An enhanced multi-frame MR file becomes one slice per frame, placed by its functional groups.
 * No public sample exists, so the tests build one from the real brain slices with PixelMed, frames
 * shuffled, and compare it with the single-frame series.
 */
class EnhancedMultiFrameTest {
  private final DicomSeriesReader reader = new DicomSeriesReader();

  @ParameterizedTest(name = "orientation and pixel measures {0}")
  @ValueSource(strings = {"shared", "per frame"})
  void anEnhancedMrFileGivesTheSameSlicesAndPositionsAsTheSingleFrameSeries(String groups, @TempDir Path tmp) throws Exception {
    List<Path> sources = brainFiles();
    List<Integer> frameOrder = new ArrayList<>(IntStream.range(0, sources.size()).boxed().toList());
    Collections.shuffle(frameOrder, new Random(7));
    Path enhanced = writeEnhancedMr(sources, frameOrder, groups.equals("per frame"), false, tmp.resolve("enhanced/mr.dcm"));

    SeriesScan scan = reader.scan(List.of(enhanced.getParent()));
    SeriesCandidate candidate = scan.choose(null);
    assertThat(candidate.imageCount()).isEqualTo(1);
    assertThat(candidate.frameCount()).isEqualTo(20);
    assertThat(candidate.orientation().describe()).isEqualTo("axial oblique (7.7°)");
    assertThat(candidate.pixelSpacingRowMm()).isEqualTo(0.859375);

    MrSeries fromFrames = reader.load(candidate, ReadProgress.NONE);
    MrSeries fromFiles = reader.read(List.of(DicomTestFiles.BRAIN), null, ReadProgress.NONE);

    assertThat(fromFrames.size()).isEqualTo(20);
    assertThat(fromFrames.sliceStepMm()).isEqualTo(fromFiles.sliceStepMm());
    assertThat(fromFrames.orientation()).isEqualTo(fromFiles.orientation());
    assertThat(fromFrames.sliceThicknessMm()).isEqualTo(5.0);
    assertThat(fromFrames.spacingX()).isEqualTo(0.859375);
    for (int i = 0; i < 20; i++) {
      MrSlice frame = fromFrames.slice(i);
      MrSlice file = fromFiles.slice(i);
      assertThat(frame.positionMm()).isCloseTo(file.positionMm(), within(1e-9));
      assertThat(frame.geometry()).isEqualTo(file.geometry());
      assertThat(frame.pixels()).isEqualTo(file.pixels());
      // The frame that holds brain file k sits where file k sits.
      int sourceIndex = frameOrder.get(frame.frameNumber() - 1);
      assertThat(file.instanceNumber()).isEqualTo(sourceIndex + 1);
    }
  }

  @Test
  void theRescaleInThePixelValueTransformationGroupIsApplied(@TempDir Path tmp) throws Exception {
    List<Path> sources = brainFiles().subList(1, 4);
    Path enhanced = writeEnhancedMr(sources, List.of(0, 1, 2), false, true, tmp.resolve("rescaled/mr.dcm"));

    MrSeries rescaled = reader.read(List.of(enhanced), null, ReadProgress.NONE);
    MrSeries stored = reader.read(sources, null, ReadProgress.NONE);

    for (int i = 0; i < 3; i++) {
      float[] expected = stored.slice(i).pixels().values().clone();
      for (int p = 0; p < expected.length; p++) {
        expected[p] = expected[p] * 2 - 1;
      }
      assertThat(rescaled.slice(i).pixels().values()).containsExactly(expected);
    }
  }

  @Test
  void theWindowInTheFrameVoiLutGroupIsTheSeriesStoredWindow(@TempDir Path tmp) throws Exception {
    // The single-frame brain files carry 0/0 (no window); the enhanced copy carries 300/800 in its functional groups.
    List<Path> sources = brainFiles().subList(1, 4);
    Path enhanced = writeEnhancedMr(sources, List.of(0, 1, 2), false, true, tmp.resolve("windowed/mr.dcm"));

    assertThat(reader.read(List.of(enhanced), null, ReadProgress.NONE).storedWindow()).contains(new StoredWindow(300, 800));
    assertThat(reader.read(sources, null, ReadProgress.NONE).storedWindow()).isEmpty();
  }

  @Test
  void pixelmedsOwnLegacyConvertedEnhancedMrReadsLikeItsSingleFrames(@TempDir Path tmp) throws Exception {
    // brain_001 carries trailing garbage after its pixel data, which PixelMed's converter would parse.
    List<Path> sources = brainFiles().subList(1, 20);
    Path converted = Files.createDirectories(tmp.resolve("converted"));
    java.util.logging.Logger pixelmed = java.util.logging.Logger.getLogger("com.pixelmed");
    java.util.logging.Level level = pixelmed.getLevel();
    pixelmed.setLevel(java.util.logging.Level.WARNING); // the converter narrates every frame at INFO
    try {
      MultiFrameImageFactory.convertImages(sources.stream().map(Path::toFile).toArray(File[]::new), converted.toFile());
    } finally {
      pixelmed.setLevel(level);
    }

    SeriesCandidate candidate = reader.scan(List.of(converted)).choose(null);
    assertThat(candidate.imageCount()).isEqualTo(1);
    MrSeries fromFrames = reader.load(candidate, ReadProgress.NONE);
    MrSeries fromFiles = reader.read(sources, null, ReadProgress.NONE);

    assertThat(fromFrames.size()).isEqualTo(19);
    for (int i = 0; i < 19; i++) {
      assertThat(fromFrames.slice(i).geometry()).isEqualTo(fromFiles.slice(i).geometry());
      assertThat(fromFrames.slice(i).pixels()).isEqualTo(fromFiles.slice(i).pixels());
    }
  }

  private static List<Path> brainFiles() throws Exception {
    try (Stream<Path> files = Files.list(DicomTestFiles.BRAIN)) {
      return files.sorted().toList();
    }
  }

  /**
   * Enhanced MR Image Storage: geometry in functional groups (plane position always per frame); {@code rescale} adds
   * a shared rescale (slope 2, intercept -1) and window (300/800).
   */
  private static Path writeEnhancedMr(List<Path> sources, List<Integer> frameOrder, boolean perFrameGroups, boolean rescale, Path target)
      throws Exception {
    List<AttributeList> singles = new ArrayList<>();
    for (Path source : sources) {
      AttributeList list = new AttributeList();
      list.read(source.toFile(), (l, tag, offset) -> l.containsKey(TagFromName.PixelData));
      singles.add(list);
    }
    AttributeList first = singles.get(0);
    AttributeList mf = new AttributeList();
    copy(first, mf, TagFromName.StudyInstanceUID, TagFromName.FrameOfReferenceUID, TagFromName.Modality,
        TagFromName.Rows, TagFromName.Columns, TagFromName.SamplesPerPixel, TagFromName.PhotometricInterpretation,
        TagFromName.BitsAllocated, TagFromName.BitsStored, TagFromName.HighBit, TagFromName.PixelRepresentation);
    mf.putNewAttribute(TagFromName.SOPClassUID).addValue(SOPClass.EnhancedMRImageStorage);
    mf.putNewAttribute(TagFromName.SOPInstanceUID).addValue("2.25.1234567890123456789");
    mf.putNewAttribute(TagFromName.SeriesInstanceUID).addValue("2.25.9876543210987654321");
    mf.putNewAttribute(TagFromName.SeriesNumber).addValue(99);
    mf.putNewAttribute(TagFromName.SeriesDescription).addValue("ENHANCED COPY");
    mf.putNewAttribute(TagFromName.InstanceNumber).addValue(1);
    mf.putNewAttribute(TagFromName.NumberOfFrames).addValue(frameOrder.size());

    AttributeList shared = new AttributeList();
    if (!perFrameGroups) {
      addGroup(shared, TagFromName.PixelMeasuresSequence, first, TagFromName.PixelSpacing, TagFromName.SliceThickness);
      addGroup(shared, TagFromName.PlaneOrientationSequence, first, TagFromName.ImageOrientationPatient);
    }
    if (rescale) {
      AttributeList transformation = new AttributeList();
      transformation.putNewAttribute(TagFromName.RescaleSlope).addValue("2");
      transformation.putNewAttribute(TagFromName.RescaleIntercept).addValue("-1");
      transformation.putNewAttribute(TagFromName.RescaleType).addValue("US");
      SequenceAttribute sequence = new SequenceAttribute(TagFromName.PixelValueTransformationSequence);
      sequence.addItem(transformation);
      shared.put(sequence);
      AttributeList voi = new AttributeList();
      voi.putNewAttribute(TagFromName.WindowCenter).addValue("300");
      voi.putNewAttribute(TagFromName.WindowWidth).addValue("800");
      SequenceAttribute voiSequence = new SequenceAttribute(TagFromName.FrameVOILUTSequence);
      voiSequence.addItem(voi);
      shared.put(voiSequence);
    }
    SequenceAttribute sharedGroups = new SequenceAttribute(TagFromName.SharedFunctionalGroupsSequence);
    sharedGroups.addItem(shared);
    mf.put(sharedGroups);

    SequenceAttribute perFrame = new SequenceAttribute(TagFromName.PerFrameFunctionalGroupsSequence);
    int frameSize = Attribute.getSingleIntegerValueOrDefault(first, TagFromName.Rows, 0)
        * Attribute.getSingleIntegerValueOrDefault(first, TagFromName.Columns, 0);
    short[] pixels = new short[frameSize * frameOrder.size()];
    for (int f = 0; f < frameOrder.size(); f++) {
      AttributeList single = singles.get(frameOrder.get(f));
      AttributeList item = new AttributeList();
      addGroup(item, TagFromName.PlanePositionSequence, single, TagFromName.ImagePositionPatient);
      if (perFrameGroups) {
        addGroup(item, TagFromName.PixelMeasuresSequence, single, TagFromName.PixelSpacing, TagFromName.SliceThickness);
        addGroup(item, TagFromName.PlaneOrientationSequence, single, TagFromName.ImageOrientationPatient);
      }
      perFrame.addItem(item);
      System.arraycopy(single.get(TagFromName.PixelData).getShortValues(), 0, pixels, f * frameSize, frameSize);
    }
    mf.put(perFrame);
    OtherWordAttribute pixelData = new OtherWordAttribute(TagFromName.PixelData);
    pixelData.setValues(pixels);
    mf.put(pixelData);

    FileMetaInformation.addFileMetaInformation(mf, TransferSyntax.ExplicitVRLittleEndian, "HIPSPATEST");
    Files.createDirectories(target.getParent());
    mf.write(target.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    return target;
  }

  private static void copy(AttributeList from, AttributeList to, AttributeTag... tags) {
    for (AttributeTag tag : tags) {
      to.put(from.get(tag));
    }
  }

  private static void addGroup(AttributeList target, AttributeTag group, AttributeList from, AttributeTag... tags) {
    AttributeList item = new AttributeList();
    copy(from, item, tags);
    SequenceAttribute sequence = new SequenceAttribute(group);
    sequence.addItem(item);
    target.put(sequence);
  }
}
