package org.hipspa.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipspa.image.FloatImage;
import org.junit.jupiter.api.Test;

class IntensityNormalisationTest {
  private final IntensityNormalisation standard = IntensityNormalisation.standard();

  @Test
  void theScaleIsTheNearestRank99thPercentileOverAllCropsOfTheSeries() {
    // 200 values 1..200 over two crops: nearest rank ceil(0.99 * 200) = 198 -> value 198.
    float[] a = new float[100];
    float[] b = new float[100];
    for (int i = 0; i < 100; i++) {
      a[i] = i + 1;
      b[i] = i + 101;
    }
    float scale = standard.scaleFor(List.of(new FloatImage(10, 10, a), new FloatImage(10, 10, b)));
    assertThat(scale).isEqualTo(198f);
    // The same crop in another series gets another scale: normalisation is per series.
    assertThat(standard.scaleFor(List.of(new FloatImage(10, 10, a)))).isEqualTo(99f);
  }

  @Test
  void valuesAreDividedByTheScaleAndClippedToZeroToFour() {
    FloatImage crop = new FloatImage(4, 1, new float[] {-5f, 50f, 100f, 1000f});
    assertThat(standard.apply(crop, 100f).values()).containsExactly(0f, 0.5f, 1f, 4f);
  }

  @Test
  void aBlankSeriesKeepsScaleOne() {
    assertThat(standard.scaleFor(List.of(new FloatImage(3, 3)))).isEqualTo(1f);
  }
}
