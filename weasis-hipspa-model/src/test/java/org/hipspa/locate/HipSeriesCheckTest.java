package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThatCode;
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
import org.junit.jupiter.api.Test;

class HipSeriesCheckTest {

  private static MrSeries stack(int n, Vec3 rowDir, Vec3 colDir, boolean blank) throws Exception {
    List<MrSlice> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] v = new float[16 * 16];
      if (!blank) {
        v[i % v.length] = 5;
      }
      SliceGeometry g = new SliceGeometry(new Vec3(0, 0, 0), rowDir, colDir, 1, 1);
      slices.add(new MrSlice("1." + i, "x", 1, i + 1, g.at(g.normal().times(4.0 * i)), 0, new FloatImage(16, 16, v)));
    }
    return SeriesAssembler.assemble(new SeriesHeader(
        new StudyInfo(null, null, null, null, null, null, null, null, null, null, null), "2", "3", 1, "", "MR", 4), slices);
  }

  private static final Vec3 X = new Vec3(1, 0, 0);
  private static final Vec3 Y = new Vec3(0, 1, 0);
  private static final Vec3 FEET = new Vec3(0, 0, -1);

  @Test
  void acceptsACoronalSeriesOfFiveSlices() throws Exception {
    MrSeries coronal = stack(5, X, FEET, false);
    assertThatCode(() -> HipSeriesCheck.requireCoronalHipSeries(coronal)).doesNotThrowAnyException();
  }

  @Test
  void refusesAnAxialSeries() throws Exception {
    MrSeries axial = stack(10, X, Y, false);
    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(axial))
        .isInstanceOf(NotAHipSeriesException.class)
        .hasMessage("This series is an axial series, not coronal; choose the coronal STIR series of the hips.");
  }

  @Test
  void refusesASagittalSeries() throws Exception {
    MrSeries sagittal = stack(10, Y, FEET, false);
    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(sagittal)).hasMessageContaining("sagittal series, not coronal");
  }

  @Test
  void refusesASingleSlice() throws Exception {
    MrSeries one = stack(1, X, FEET, false);
    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(one)).hasMessageContaining("single image");
  }

  @Test
  void refusesFewerThanFiveSlices() throws Exception {
    MrSeries four = stack(4, X, FEET, false);
    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(four)).hasMessageContaining("only 4 slices");
  }

  @Test
  void refusesABlankSeries() throws Exception {
    MrSeries blank = stack(8, X, FEET, true);
    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(blank)).hasMessageContaining("blank");
  }
}
