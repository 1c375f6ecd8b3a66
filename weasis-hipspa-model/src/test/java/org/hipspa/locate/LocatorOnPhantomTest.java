package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.net.Segmenter;
import org.hipspa.phantom.Difficulty;
import org.hipspa.phantom.HipTruth;
import org.hipspa.phantom.PhantomGenerator;
import org.hipspa.phantom.PhantomPatient;
import org.hipspa.phantom.PhantomSettings;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.NetworkHipSegmenter;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.segment.HipSide;
import org.hipspa.testing.ShippedModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LocatorOnPhantomTest {
  private static final int PATIENTS = 3;
  static Segmenter network;
  static HipLocator locator;

  @BeforeAll
  static void load() throws Exception {
    network = ShippedModel.open();
    NetworkHipSegmenter segmenter = new NetworkHipSegmenter(network);
    locator = new NetworkHeadLocator(segmenter.headProbability(), segmenter.model().cropSpec());
  }

  @AfterAll
  static void close() {
    network.close();
  }

  @ParameterizedTest
  @EnumSource(Difficulty.class)
  void findsEachFemoralHeadWithin6mmAndItsBoxHoldsTheHeadAndNotTheBladder(Difficulty difficulty) throws Exception {
    List<String> misses = new ArrayList<>();
    for (int n = 0; n < PATIENTS; n++) {
      PhantomPatient patient = new PhantomGenerator().generate(
          PhantomSettings.defaults(5000 + 37L * n + difficulty.ordinal()).withDifficulty(difficulty));
      MrSeries series = patient.series();
      Map<HipSide, HipLocation> found = locator.locate(series, ProgressListener.NONE, new CancelToken());
      for (HipSide side : HipSide.values()) {
        HipLocation head = found.get(side);
        HipTruth truth = patient.truth().get(head.sliceIndex()).hip(side);
        double errorMm = Math.hypot((head.centreX() - truth.headCentreColumn()) * series.spacingX(),
            (head.centreY() - truth.headCentreRow()) * series.spacingY());
        CropBox box = CropPlacement.around(side, head.centreX(), head.centreY(), series.spacingX(), series.spacingY(),
            CropSpec.PAPER);
        boolean holdsHead = box.contains(truth.headCentreColumn(), truth.headCentreRow());
        boolean holdsMidline = box.contains(series.columns() / 2.0, head.centreY());
        if (errorMm > 6 || !holdsHead || holdsMidline) {
          misses.add(String.format("patient %d %s: error %.1f mm, holds head %s, holds midline %s",
              n, side.label(), errorMm, holdsHead, holdsMidline));
        }
      }
    }
    assertThat(misses).isEmpty();
  }
}
