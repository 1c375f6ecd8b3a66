package org.hipspa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.locate.ContextSlices;
import org.hipspa.locate.CropBox;
import org.hipspa.locate.CropPlacement;
import org.hipspa.locate.CropResampler;
import org.hipspa.locate.CropSpec;
import org.hipspa.locate.HeadProbability;
import org.hipspa.locate.NetworkHeadLocator;
import org.hipspa.locate.NotAHipSeriesException;
import org.hipspa.net.CropStack;
import org.hipspa.net.ManifestJson;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackage;
import org.hipspa.net.ModelPackageException;
import org.hipspa.net.Segmenter;
import org.hipspa.net.TestModels;
import org.hipspa.net.UNetSettings;
import org.hipspa.segment.HipMasks;
import org.hipspa.segment.HipSide;
import org.hipspa.segment.SeriesSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.testing.SimplePelvis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.hipspa.testing.Mirrored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model whose manifest asks for three input channels (the slice and one neighbour on each side) runs through the whole product path. */
class ThreeChannelModelTest {
  @TempDir static Path temp;
  static Path folder;
  static Segmenter network;
  static MrSeries series;

  @BeforeAll
  static void writeModel() throws Exception {
    folder = temp.resolve("three-channels");
    TestModels.writeRandom(UNetSettings.hipspa(4, 2, 3), folder);
    network = Segmenter.open(folder, 8);
    series = SimplePelvis.coronal(7);
  }

  @AfterAll
  static void close() {
    network.close();
  }

  @Test
  void theManifestsThreeChannelsMeanOneNeighbourOnEachSide() throws Exception {
    assertThat(ModelPackage.open(folder).manifest().input().channels()).isEqualTo(3);
    assertThat(network.inputChannels()).isEqualTo(3);
    assertThat(new NetworkHipSegmenter(network).contextSlices()).isEqualTo(new ContextSlices(1));
  }

  @Test
  void theSegmentStageGivesFullSliceMasksForEverySliceAndHipInsideTheirBoxes() throws Exception {
    Map<HipSide, CropBox> boxes = new EnumMap<>(HipSide.class);
    for (HipSide side : HipSide.values()) {
      boxes.put(side, CropPlacement.around(side, SimplePelvis.headColumn(side == HipSide.RIGHT), SimplePelvis.HEAD_Y_PX,
          series.spacingX(), series.spacingY(), CropSpec.PAPER));
    }
    List<Double> progress = new ArrayList<>();

    SeriesSegmentation result = new NetworkHipSegmenter(network).segment(series, boxes,
        (stage, fraction) -> progress.add(fraction), new CancelToken());

    assertThat(result.size()).isEqualTo(series.size());
    assertThat(progress).last().isEqualTo(1.0);
    for (int i = 0; i < result.size(); i++) {
      for (HipSide side : HipSide.values()) {
        HipMasks masks = result.slice(i).hip(side);
        for (BinaryMask m : List.of(masks.femoralHead(), masks.bme(), masks.effusion())) {
          assertThat(m.width()).isEqualTo(series.columns());
          assertThat(m.height()).isEqualTo(series.rows());
          assertThat(pixelsOutside(m, boxes.get(side))).isZero();
        }
      }
    }
  }

  @Test
  void theNeighboursReachTheNetwork() throws Exception {
    CropBox box = CropPlacement.around(HipSide.RIGHT, SimplePelvis.headColumn(true), SimplePelvis.HEAD_Y_PX,
        series.spacingX(), series.spacingY(), CropSpec.PAPER);
    CropStack withNeighbours = new ContextSlices(1).crop(series, 3, box, CropSpec.PAPER);
    FloatImage own = CropResampler.crop(series.slice(3).pixels(), box, CropSpec.PAPER);
    CropStack ownThreeTimes = new CropStack(List.of(own, own, own));
    HeadProbability head = new NetworkHipSegmenter(network).headProbability();

    List<FloatImage> maps = head.of(List.of(withNeighbours, ownThreeTimes, withNeighbours), new CancelToken());

    assertThat(withNeighbours.centre()).isEqualTo(own);
    assertThat(maps.get(0)).isEqualTo(maps.get(2));
    assertThat(maps.get(0)).isNotEqualTo(maps.get(1));
  }

  @Test
  void mirrorAveragingMirrorsEveryChannel() throws Exception {
    ModelManifest plain = ModelPackage.open(folder).manifest();
    Path mirroring = Files.createDirectories(temp.resolve("mirroring"));
    Files.copy(folder.resolve(plain.weights().file()), mirroring.resolve(plain.weights().file()));
    ManifestJson.write(plain.withInference(ModelManifest.Inference.MIRROR_AVERAGE), mirroring.resolve(ModelManifest.FILE_NAME));
    CropBox box = CropPlacement.around(HipSide.LEFT, SimplePelvis.headColumn(false), SimplePelvis.HEAD_Y_PX,
        series.spacingX(), series.spacingY(), CropSpec.PAPER);
    CropStack stack = new ContextSlices(1).crop(series, 2, box, CropSpec.PAPER);
    CropStack mirrored = new CropStack(stack.channels().stream().map(Mirrored::leftRight).toList());

    FloatImage asIs;
    FloatImage mirroredBack;
    FloatImage averaged;
    try (Segmenter averaging = Segmenter.open(mirroring, 4)) {
      asIs = network.segmentSeries(List.of(stack)).get(0).probability(Structure.FEMORAL_HEAD);
      mirroredBack = Mirrored.leftRight(network.segmentSeries(List.of(mirrored)).get(0).probability(Structure.FEMORAL_HEAD));
      averaged = averaging.segmentSeries(List.of(stack)).get(0).probability(Structure.FEMORAL_HEAD);
    }

    double largestDifference = 0;
    for (int i = 0; i < asIs.values().length; i++) {
      largestDifference = Math.max(largestDifference, Math.abs(averaged.values()[i] - 0.5 * (asIs.values()[i] + mirroredBack.values()[i])));
    }
    assertThat(largestDifference).isLessThan(1e-5);
    assertThat(asIs).as("a random network is not mirror-symmetric by itself").isNotEqualTo(mirroredBack);
  }

  @Test
  void theLocatorFeedsTheNetworkThreeChannelTilesAndAnswersInItsOwnTerms() throws Exception {
    NetworkHipSegmenter segmenter = new NetworkHipSegmenter(network);
    List<CropStack> asked = new ArrayList<>();
    HeadProbability recording = (crops, cancel) -> {
      asked.addAll(crops);
      return segmenter.headProbability().of(crops, cancel);
    };
    NetworkHeadLocator locator = new NetworkHeadLocator(recording, segmenter.model().cropSpec(), segmenter.contextSlices());

    try {
      assertThat(locator.locate(series, ProgressListener.NONE, new CancelToken())).containsOnlyKeys(HipSide.values());
    } catch (NotAHipSeriesException e) {
      // Random weights may see no head: that is said in the locator's sentence, not as a channel error.
      assertThat(e.getMessage()).contains("femoral head could be found");
    }

    assertThat(asked).isNotEmpty().allSatisfy(c -> assertThat(c.count()).isEqualTo(3));
    assertThat(asked).anySatisfy(c -> assertThat(c.channel(0)).isNotEqualTo(c.centre()));
  }

  @Test
  void aCropOfAnotherChannelCountIsAProgrammingMistakeNotASegmentation() {
    FloatImage flat = new FloatImage(128, 160);
    assertThatThrownBy(() -> network.segmentSeries(List.of(CropStack.single(flat))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crop of 1 channels for a model of 3");
  }

  @Test
  void aManifestWithAnEvenChannelCountIsRefusedInOneSentence() throws Exception {
    Path even = copyWithChannels(2, "even");
    assertThatThrownBy(() -> ModelPackage.open(even))
        .isInstanceOf(ModelPackageException.class)
        .hasMessage("This model expects 2 input channels, but HipSpA feeds a slice with as many neighbouring slices on each side,"
            + " an odd number (1, 3, 5, ...): choose a model made for HipSpA's input.");
  }

  @Test
  void weightsMadeForThreeChannelsAreRefusedUnderAManifestThatSaysOne() throws Exception {
    Path one = copyWithChannels(1, "one");
    ModelPackage pkg = ModelPackage.open(one);
    assertThatThrownBy(pkg::load)
        .isInstanceOf(ModelPackageException.class)
        .hasMessageContaining("does not fit the architecture in its manifest");
  }

  private static Path copyWithChannels(int channels, String name) throws Exception {
    ModelManifest m = ModelPackage.open(folder).manifest();
    Path target = Files.createDirectories(temp.resolve(name));
    Files.copy(folder.resolve(m.weights().file()), target.resolve(m.weights().file()));
    ModelManifest.Input in = m.input();
    ManifestJson.write(new ModelManifest(m.formatVersion(), m.name(), m.version(), m.architecture(),
        new ModelManifest.Input(channels, in.height(), in.width(), in.pixelSpacingMm(), in.normalisation()),
        m.outputs(), m.inference(), m.weights(), m.training(), m.crossValidation()), target.resolve(ModelManifest.FILE_NAME));
    return target;
  }

  private static int pixelsOutside(BinaryMask mask, CropBox box) {
    int n = 0;
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        if (mask.get(x, y) && !box.contains(x + 0.5, y + 0.5)) {
          n++;
        }
      }
    }
    return n;
  }
}
