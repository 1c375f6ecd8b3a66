package org.hipspa.dicom.seg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.validate.DicomInstanceValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;
import org.hipspa.image.Vec3;
import org.hipspa.segment.AlgorithmIdentity;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.testing.ExternalTool;
import org.hipspa.testing.SyntheticHipStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegWriterTest {
  static final AlgorithmIdentity MODEL = new AlgorithmIdentity("HipSpA U-Net test", "0.0.1", "ab".repeat(32));

  @TempDir Path dir;

  private WrittenSegmentation write(MrSeries series, SeriesSegmentation segmentation) throws Exception {
    return new SegWriter(MODEL).write(series, segmentation, dir.resolve("seg.dcm"));
  }

  @Test
  void dciodvfyReportsNoErrorsForTheSeg() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 9);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));

    ExternalTool.Result result = ExternalTool.dciodvfy(seg.file());
    ValidationNotes.save("seg-dciodvfy.txt", result.output());
    ValidationNotes.keep("example-seg.dcm", seg.file());

    assertThat(result.output()).contains("Segmentation");
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void pixelmedsInstanceValidatorFindsNoErrorInTheSeg() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 9);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));
    AttributeList list = new AttributeList();
    list.read(seg.file().toFile());

    String report = new DicomInstanceValidator().validate(list);
    ValidationNotes.save("seg-pixelmed-validator.txt", report);

    assertThat(report).contains("IOD");
    assertThat(report.lines().filter(l -> l.startsWith("Error"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"32, 24", "13, 11", "7, 5"})
  void pydicomReadsTheSameMasksAtTheSamePositions(int columns, int rows) throws Exception {
    MrSeries series = SyntheticHipStack.series(columns, rows, 9);
    SeriesSegmentation input = SyntheticHipStack.segmentation(series);
    WrittenSegmentation seg = write(series, input);

    Path script = Path.of(getClass().getResource("/org/hipspa/dicom/read_seg.py").toURI());
    ExternalTool.Result result = ExternalTool.debianPython(script, seg.file().toString());
    assertThat(result.exitCode()).as(result.output()).isZero();

    assertThat(fromPydicom(JsonParser.parseString(result.output()).getAsJsonObject(), series)).isEqualTo(masksOf(input));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"32, 24", "13, 11", "7, 5"})
  void ourReaderReadsBackExactlyTheMasksThatWereWritten(int columns, int rows) throws Exception {
    MrSeries series = SyntheticHipStack.series(columns, rows, 9);
    SeriesSegmentation input = SyntheticHipStack.segmentation(series);
    WrittenSegmentation seg = write(series, input);

    SeriesSegmentation back = SegReader.read(seg.file(), series);

    assertThat(masksOf(back)).isEqualTo(masksOf(input));
    assertThat(back.seriesInstanceUid()).isEqualTo(series.seriesInstanceUid());
  }

  @Test
  void framesOfAnEnhancedSourceAreReferencedByInstanceAndFrameNumber() throws Exception {
    MrSeries series = SyntheticHipStack.enhancedSeries(13, 11, 6);
    SeriesSegmentation input = SyntheticHipStack.segmentation(series);
    WrittenSegmentation seg = write(series, input);
    AttributeList list = new AttributeList();
    list.read(seg.file().toFile());

    var perFrame = (com.pixelmed.dicom.SequenceAttribute) list.get(com.pixelmed.dicom.TagFromName.PerFrameFunctionalGroupsSequence);
    assertThat(perFrame.getNumberOfItems()).isEqualTo(seg.frameNumbers().size());
    for (var entry : seg.frameNumbers().entrySet()) {
      AttributeList group = perFrame.getItem(entry.getValue() - 1).getAttributeList();
      AttributeList derivation = com.pixelmed.dicom.SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
          group, com.pixelmed.dicom.TagFromName.DerivationImageSequence);
      AttributeList source = com.pixelmed.dicom.SequenceAttribute.getAttributeListFromWithinSequenceWithSingleItem(
          derivation, com.pixelmed.dicom.TagFromName.SourceImageSequence);
      var slice = series.slice(entry.getKey().sliceIndex());
      assertThat(com.pixelmed.dicom.Attribute.getSingleStringValueOrEmptyString(
          source, com.pixelmed.dicom.TagFromName.ReferencedSOPInstanceUID)).isEqualTo(slice.sopInstanceUid());
      assertThat(com.pixelmed.dicom.Attribute.getSingleIntegerValueOrDefault(
          source, com.pixelmed.dicom.TagFromName.ReferencedFrameNumber, -1)).isEqualTo(slice.frameNumber());
    }
    assertThat(ExternalTool.dciodvfy(seg.file()).errors()).isEmpty();
    assertThat(masksOf(SegReader.read(seg.file(), series))).isEqualTo(masksOf(input));
  }

  @Test
  void readingBackAlsoGivesTheSegsOwnUidAndTheModelThatWroteIt() throws Exception {
    MrSeries series = SyntheticHipStack.series(13, 11, 4);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));

    StoredSegmentation stored = SegReader.readStored(seg.file(), series);

    assertThat(stored.sopInstanceUid()).isEqualTo(seg.sopInstanceUid());
    assertThat(stored.algorithm()).isEqualTo(MODEL.nameAndVersion());
    assertThat(masksOf(stored.masks())).isEqualTo(masksOf(SegReader.read(seg.file(), series)));
  }

  @Test
  void singleFrameSourcesAreReferencedWithoutAFrameNumber() throws Exception {
    MrSeries series = SyntheticHipStack.series(13, 11, 4);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));
    AttributeList list = new AttributeList();
    list.read(seg.file().toFile());

    assertThat(list.toString()).doesNotContain("ReferencedFrameNumber");
  }

  @Test
  void emptyMasksGetNoFramesAndAnEmptySegmentKeepsItsDefinition() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 9);
    SeriesSegmentation input = SyntheticHipStack.segmentation(series);
    WrittenSegmentation seg = write(series, input);

    int nonEmpty = 0;
    for (SegmentDefinition d : HipSegments.all()) {
      for (int i = 0; i < series.size(); i++) {
        boolean empty = input.slice(i).hip(d.side()).get(d.structure()).isEmpty();
        assertThat(seg.frameOf(d.number(), i).isPresent()).isEqualTo(!empty);
        nonEmpty += empty ? 0 : 1;
      }
    }
    assertThat(seg.frameNumbers()).hasSize(nonEmpty);
    HipSide side = HipSide.LEFT;
    int leftEffusion = HipSegments.of(side, Structure.EFFUSION).number();
    assertThat(seg.frameNumbers().keySet()).noneMatch(k -> k.segmentNumber() == leftEffusion);

    AttributeList list = new AttributeList();
    list.read(seg.file().toFile());
    assertThat(((com.pixelmed.dicom.SequenceAttribute) list.get(com.pixelmed.dicom.TagFromName.SegmentSequence))
        .getNumberOfItems()).isEqualTo(6);
  }

  @Test
  void aSegmentationWithNoPixelsAtAllStillWritesAValidSegThatReadsBackEmpty() throws Exception {
    MrSeries series = SyntheticHipStack.series(13, 11, 4);
    List<SliceSegmentation> empty = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      empty.add(new SliceSegmentation(org.hipspa.segment.HipMasks.empty(13, 11), org.hipspa.segment.HipMasks.empty(13, 11)));
    }
    SeriesSegmentation input = new SeriesSegmentation(series.seriesInstanceUid(), empty);
    WrittenSegmentation seg = write(series, input);

    assertThat(ExternalTool.dciodvfy(seg.file()).errors()).isEmpty();
    assertThat(masksOf(SegReader.read(seg.file(), series))).isEqualTo(masksOf(input));
  }

  @Test
  void framesLandOnTheSliceAtTheirPositionNotAtTheirIndex() throws Exception {
    MrSeries full = SyntheticHipStack.series(32, 24, 9);
    SeriesSegmentation input = SyntheticHipStack.segmentation(full);
    WrittenSegmentation seg = write(full, input);
    // The same series without its first slice (which has no masks): every slice index shifts by one.
    MrSeries shorter = new MrSeries(full.study(), full.seriesInstanceUid(), full.frameOfReferenceUid(),
        full.seriesNumber(), full.seriesDescription(), full.modality(), full.normal(), full.orientation(),
        full.sliceStepMm(), full.sliceThicknessMm(), full.slices().subList(1, full.size()));

    SeriesSegmentation back = SegReader.read(seg.file(), shorter);

    assertThat(masksOf(back)).isEqualTo(masksOf(input).subList(6, masksOf(input).size()));
  }

  @Test
  void aSegOfAnotherFrameOfReferenceIsRefusedWithOneSentence() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 5);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));
    MrSeries other = SyntheticHipStack.series(32, 24, 5, series.seriesInstanceUid(), "2.25.999");

    assertThatThrownBy(() -> SegReader.read(seg.file(), other))
        .isInstanceOf(HipspaException.class)
        .hasMessageContaining("was made on another series")
        .hasMessageEndingWith("open it together with the series it was made from.");
  }

  @Test
  void aSegOfAnotherSeriesIsRefused() throws Exception {
    MrSeries series = SyntheticHipStack.series(32, 24, 5);
    WrittenSegmentation seg = write(series, SyntheticHipStack.segmentation(series));
    MrSeries other = SyntheticHipStack.series(32, 24, 5, "2.25.4444", series.frameOfReferenceUid());

    assertThatThrownBy(() -> SegReader.read(seg.file(), other))
        .isInstanceOf(HipspaException.class)
        .hasMessageContaining("was made on another series");
  }

  @Test
  void aFrameAtAPositionTheSeriesLacksIsRefused() throws Exception {
    MrSeries full = SyntheticHipStack.series(32, 24, 9);
    WrittenSegmentation seg = write(full, SyntheticHipStack.segmentation(full));
    MrSeries firstHalf = new MrSeries(full.study(), full.seriesInstanceUid(), full.frameOfReferenceUid(),
        full.seriesNumber(), full.seriesDescription(), full.modality(), full.normal(), full.orientation(),
        full.sliceStepMm(), full.sliceThicknessMm(), full.slices().subList(0, 4));

    assertThatThrownBy(() -> SegReader.read(seg.file(), firstHalf))
        .isInstanceOf(HipspaException.class)
        .hasMessageContaining("lies on no slice of series #7");
  }

  @Test
  void nothingButTheFinishedFileIsLeftInTheTargetFolder() throws Exception {
    MrSeries series = SyntheticHipStack.series(13, 11, 3);
    write(series, SyntheticHipStack.segmentation(series));

    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seg.dcm");
    }
  }

  /** All masks in a fixed order: per slice, per segment number. */
  static List<BinaryMask> masksOf(SeriesSegmentation s) {
    List<BinaryMask> out = new ArrayList<>();
    for (SliceSegmentation slice : s.slices()) {
      for (SegmentDefinition d : HipSegments.all()) {
        out.add(slice.hip(d.side()).get(d.structure()));
      }
    }
    return out;
  }

  /** pydicom's frames placed on slices by ImagePositionPatient, segments identified by their codes. */
  private static List<BinaryMask> fromPydicom(JsonObject json, MrSeries series) {
    int rows = json.get("rows").getAsInt();
    int columns = json.get("columns").getAsInt();
    assertThat(rows).isEqualTo(series.rows());
    assertThat(columns).isEqualTo(series.columns());
    List<BinaryMask> out = new ArrayList<>();
    for (int i = 0; i < series.size() * 6; i++) {
      out.add(new BinaryMask(columns, rows));
    }
    JsonObject segments = json.getAsJsonObject("segments");
    for (var frame : json.getAsJsonArray("frames")) {
      JsonObject f = frame.getAsJsonObject();
      JsonObject segment = segments.getAsJsonObject(f.get("segment").getAsString());
      SegmentDefinition d = HipSegments.all().stream()
          .filter(def -> def.type().value().equals(segment.get("type").getAsString()))
          .filter(def -> HipSegments.laterality(def.side()).value().equals(segment.get("laterality").getAsString()))
          .findFirst().orElseThrow();
      var ipp = f.getAsJsonArray("ipp");
      Vec3 position = new Vec3(ipp.get(0).getAsDouble(), ipp.get(1).getAsDouble(), ipp.get(2).getAsDouble());
      int slice = -1;
      for (int i = 0; i < series.size(); i++) {
        if (series.slice(i).geometry().position().minus(position).length() < 1e-3) {
          slice = i;
        }
      }
      assertThat(slice).as("slice at " + position).isNotNegative();
      BinaryMask mask = out.get(slice * 6 + d.number() - 1);
      for (var on : f.getAsJsonArray("on")) {
        int index = on.getAsInt();
        mask.set(index % columns, index / columns, true);
      }
    }
    return out;
  }
}
