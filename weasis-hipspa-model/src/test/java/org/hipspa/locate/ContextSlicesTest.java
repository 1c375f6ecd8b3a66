package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.image.FloatImage;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.SeriesAssembler;
import org.hipspa.image.SeriesHeader;
import org.hipspa.image.SliceGeometry;
import org.hipspa.image.StudyInfo;
import org.hipspa.image.Vec3;
import org.hipspa.net.CropStack;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.Test;

class ContextSlicesTest {
  private static final CropSpec SPEC = new CropSpec(8, 10, 1.0);

  @Test
  void eachChannelHoldsTheNeighbouringSliceInSeriesOrderAndTheEdgeSliceIsRepeated() throws Exception {
    MrSeries series = sliceNumberSeries(6);
    CropBox box = new CropBox(HipSide.RIGHT, 4, 3, 8, 10);
    ContextSlices one = new ContextSlices(1);

    assertThat(values(one.crop(series, 0, box, SPEC))).containsExactly(0f, 0f, 1f);
    assertThat(values(one.crop(series, 3, box, SPEC))).containsExactly(2f, 3f, 4f);
    assertThat(values(one.crop(series, 5, box, SPEC))).containsExactly(4f, 5f, 5f);
    assertThat(values(new ContextSlices(2).crop(series, 1, box, SPEC))).containsExactly(0f, 0f, 1f, 2f, 3f);
    assertThat(one.channels()).isEqualTo(3);
  }

  @Test
  void everyChannelIsCutUnderTheSameBox() throws Exception {
    // Each pixel holds its column + 100 x its row + 10000 x the slice number: a channel's crop shows where it was cut.
    MrSeries series = gradientSeries(5);
    CropBox box = new CropBox(HipSide.LEFT, 7.5, 2.25, 16, 20);
    CropStack stack = new ContextSlices(1).crop(series, 2, box, SPEC);

    for (int c = 0; c < 3; c++) {
      FloatImage expected = CropResampler.crop(series.slice(1 + c).pixels(), box, SPEC);
      assertThat(stack.channel(c)).isEqualTo(expected);
      FloatImage centre = stack.centre();
      for (int i = 0; i < expected.values().length; i++) {
        assertThat(stack.channel(c).values()[i] - centre.values()[i]).isEqualTo((c - 1) * 10000f);
      }
    }
  }

  @Test
  void withoutContextTheCropIsTheSlicesOwnAsBeforeContextSlicesExisted() throws Exception {
    MrSeries series = gradientSeries(4);
    CropBox box = new CropBox(HipSide.RIGHT, 1.3, 0.7, 12, 15);

    CropStack stack = ContextSlices.NONE.crop(series, 2, box, SPEC);

    assertThat(stack.channels()).containsExactly(CropResampler.crop(series.slice(2).pixels(), box, SPEC));
    assertThat(ContextSlices.forChannels(1)).isEqualTo(ContextSlices.NONE);
    assertThat(ContextSlices.forChannels(5).k()).isEqualTo(2);
  }

  @Test
  void aNegativeContextOrAnEvenChannelCountIsAMistake() {
    assertThatThrownBy(() -> new ContextSlices(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContextSlices.forChannels(2)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The one value of each channel of a crop that is uniform per channel. */
  private static List<Float> values(CropStack stack) {
    List<Float> out = new ArrayList<>();
    for (FloatImage channel : stack.channels()) {
      float first = channel.values()[0];
      for (float v : channel.values()) {
        assertThat(v).isEqualTo(first);
      }
      out.add(first);
    }
    return out;
  }

  /** Slice k is filled with the value k; slices are given out of order, so the series' own sorting decides. */
  private static MrSeries sliceNumberSeries(int slices) throws Exception {
    return series(slices, (k, x, y) -> k);
  }

  private static MrSeries gradientSeries(int slices) throws Exception {
    return series(slices, (k, x, y) -> x + 100f * y + 10000f * k);
  }

  private interface Pixel {
    float at(int slice, int x, int y);
  }

  private static MrSeries series(int slices, Pixel pixel) throws Exception {
    int columns = 40;
    int rows = 30;
    List<MrSlice> list = new ArrayList<>();
    Vec3 rowDirection = new Vec3(1, 0, 0);
    Vec3 columnDirection = new Vec3(0, 0, -1);
    for (int n = 0; n < slices; n++) {
      int k = slices - 1 - n; // handed over in reverse order
      FloatImage image = new FloatImage(columns, rows);
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < columns; x++) {
          image.set(x, y, pixel.at(k, x, y));
        }
      }
      // Slice k lies k x 4 mm along the normal (anterior to posterior), whatever order the files come in.
      SliceGeometry g = new SliceGeometry(new Vec3(0, 4.0 * k, 0), rowDirection, columnDirection, 1.0, 1.0);
      list.add(new MrSlice("2.25.9." + (k + 1), "1.2.840.10008.5.1.4.1.1.4", 1, k + 1, g, Double.NaN, image));
    }
    StudyInfo study = new StudyInfo(null, null, null, null, "1", null, null, null, null, null, null);
    MrSeries series = SeriesAssembler.assemble(new SeriesHeader(study, "2.25.8", "2.25.7", 1, "COR STIR", "MR", 4), list);
    for (int i = 0; i < series.size(); i++) {
      assertThat(series.slice(i).instanceNumber()).as("sorted along the normal").isEqualTo(i + 1);
    }
    return series;
  }
}
