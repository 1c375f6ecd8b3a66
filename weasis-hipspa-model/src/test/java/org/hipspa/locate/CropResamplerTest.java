package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.Test;

class CropResamplerTest {

  @Test
  void aCropAtTheNetworkSpacingIsACopyOfThePixelsAndMapsBackExactly() {
    FloatImage slice = new FloatImage(40, 30);
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        slice.set(x, y, x + 100 * y);
      }
    }
    CropSpec spec = new CropSpec(8, 10, 1.0);
    CropBox box = new CropBox(HipSide.RIGHT, 5, 7, 8, 10);

    FloatImage crop = CropResampler.crop(slice, box, spec);
    assertThat(crop.get(0, 0)).isEqualTo(slice.get(5, 7));
    assertThat(crop.get(7, 9)).isEqualTo(slice.get(12, 16));

    FloatImage map = new FloatImage(8, 10);
    map.set(2, 3, 1f);
    BinaryMask back = CropResampler.toSliceMask(map, box, 40, 30, 0.5);
    assertThat(back.count()).isEqualTo(1);
    assertThat(back.get(7, 10)).isTrue();
  }

  @Test
  void outsideTheImageReadsAsZero() {
    FloatImage slice = new FloatImage(10, 10, filled(100, 5f));
    FloatImage crop = CropResampler.crop(slice, new CropBox(HipSide.LEFT, -4, -4, 8, 8), new CropSpec(8, 8, 1));
    assertThat(crop.get(0, 0)).isZero();
    assertThat(crop.get(7, 7)).isEqualTo(5f);
  }

  @Test
  void aCoarserSliceIsResampledToTheCropsSpacing() {
    // Slice pixels of 2 mm; the crop samples 1 mm, so a 4x4 mm square becomes 4x4 crop pixels and maps back to 2x2.
    FloatImage slice = new FloatImage(20, 20);
    for (int y = 8; y < 10; y++) {
      for (int x = 8; x < 10; x++) {
        slice.set(x, y, 1);
      }
    }
    CropBox box = new CropBox(HipSide.RIGHT, 5, 5, 8, 8);
    FloatImage crop = CropResampler.crop(slice, box, new CropSpec(16, 16, 1));
    double sum = 0;
    for (float v : crop.values()) {
      sum += v;
    }
    assertThat(sum).isCloseTo(16.0, within(3.0));
    BinaryMask back = CropResampler.toSliceMask(crop, box, 20, 20, 0.5);
    assertThat(back.count()).isEqualTo(4);
    assertThat(back.get(8, 8) && back.get(9, 9)).isTrue();
  }

  private static float[] filled(int n, float value) {
    float[] v = new float[n];
    java.util.Arrays.fill(v, value);
    return v;
  }
}
