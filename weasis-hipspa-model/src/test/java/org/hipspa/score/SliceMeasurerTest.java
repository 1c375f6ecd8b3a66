package org.hipspa.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.segment.HipMasks;
import org.junit.jupiter.api.Test;

class SliceMeasurerTest {

  @Test
  void lesionProportionIsLesionIntensityOverHeadIntensityCountingOverlapOnce() {
    FloatImage pixels = new FloatImage(4, 1, new float[] {10, 20, 30, 40});
    BinaryMask head = mask(1, 1, 1, 0);
    BinaryMask bme = mask(0, 1, 0, 0);
    BinaryMask effusion = mask(0, 1, 0, 1); // overlaps BME at x=1, and lies outside the head at x=3

    HipMeasurement m = SliceMeasurer.measure(pixels, new HipMasks(head, bme, effusion), 0.5);

    assertThat(m.headPixels()).isEqualTo(3);
    assertThat(m.headAreaMm2()).isEqualTo(1.5);
    assertThat(m.bmeProportion()).isCloseTo(20.0 / 60, within(1e-12));
    assertThat(m.effusionProportion()).isCloseTo(60.0 / 60, within(1e-12));
    assertThat(m.lesionProportion()).isCloseTo(60.0 / 60, within(1e-12));
    assertThat(m.bmeAreaRatio()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.lesionAreaRatio()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.sliceScore()).isEqualTo(m.lesionProportion());
    assertThat(m.counts()).isTrue();
  }

  @Test
  void aSliceWithoutFemoralHeadDoesNotCountAndSaysWhy() {
    FloatImage pixels = new FloatImage(4, 1, new float[] {10, 20, 30, 40});
    HipMeasurement m = SliceMeasurer.measure(pixels, new HipMasks(mask(0, 0, 0, 0), mask(1, 0, 0, 0), mask(0, 0, 0, 0)), 1);

    assertThat(m.counts()).isFalse();
    assertThat(m.sliceScore()).isZero();
    assertThat(m.lesionProportion()).isNaN();
    assertThat(m.notCountedReason()).isEqualTo("no femoral head segmented on this slice");
  }

  static BinaryMask mask(int... bits) {
    BinaryMask m = new BinaryMask(bits.length, 1);
    for (int x = 0; x < bits.length; x++) {
      m.set(x, 0, bits[x] == 1);
    }
    return m;
  }
}
