package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.image.Vec3;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.segment.HipSide;
import org.hipspa.testing.SimplePelvis;
import org.junit.jupiter.api.Test;

class FemoralHeadLocatorTest {

  @Test
  void findsBothFemoralHeadsAndNotTheBladder() throws Exception {
    MrSeries series = SimplePelvis.coronal(9);

    Map<HipSide, HipLocation> found = FemoralHeadLocator.locate(series, new CancelToken());

    HipLocation right = found.get(HipSide.RIGHT);
    HipLocation left = found.get(HipSide.LEFT);
    assertThat(right.centreX()).isCloseTo(SimplePelvis.headColumn(true), within(4.0));
    assertThat(left.centreX()).isCloseTo(SimplePelvis.headColumn(false), within(4.0));
    assertThat(right.centreY()).isCloseTo(SimplePelvis.HEAD_Y_PX, within(4.0));
    assertThat(left.centreY()).isCloseTo(SimplePelvis.HEAD_Y_PX, within(4.0));
    assertThat(right.radiusMm()).isCloseTo(24, within(4.0));
    assertThat(right.sliceIndex()).isBetween(3, 5);
    assertThat(right.support()).isGreaterThan(FemoralHeadLocator.MIN_SUPPORT);
  }

  @Test
  void refusesPureNoise() throws Exception {
    MrSeries noise = SimplePelvis.series(6, new Vec3(1, 0, 0), new Vec3(0, 0, -1), 3, true);

    assertThatThrownBy(() -> FemoralHeadLocator.locate(noise, new CancelToken()))
        .isInstanceOf(NotAHipSeriesException.class)
        .hasMessageContaining("femoral head could be found");
  }

  @Test
  void cropBoxesAreOnePerHipAroundTheHead() throws Exception {
    MrSeries series = SimplePelvis.coronal(7);
    HipLocation right = FemoralHeadLocator.locate(series, new CancelToken()).get(HipSide.RIGHT);

    CropBox box = CropPlacement.around(HipSide.RIGHT, right.centreX(), right.centreY(),
        series.spacingX(), series.spacingY(), CropSpec.PAPER);

    assertThat(box.width()).isCloseTo(128, within(1e-9));
    assertThat(box.height()).isCloseTo(160, within(1e-9));
    assertThat(box.contains(right.centreX(), right.centreY())).isTrue();
    assertThat(box.contains(SimplePelvis.W / 2.0, 120)).as("bladder centre").isFalse();
  }
}
