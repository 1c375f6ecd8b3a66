package org.hipspa.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesAssemblerTest {
  private static final Vec3 LEFT = new Vec3(1, 0, 0);
  private static final Vec3 FEET = new Vec3(0, 0, -1);
  private static final SeriesHeader HEADER =
      new SeriesHeader(new StudyInfo(null, null, null, null, "1.2", null, null, null, null, null, null),
          "1.2.3", "1.2.4", 5, "COR STIR", "MR", 4.0);

  private static MrSlice coronal(int instance, double y) {
    return coronal(instance, y, 8, 6);
  }

  private static MrSlice coronal(int instance, double y, int w, int h) {
    SliceGeometry g = new SliceGeometry(new Vec3(-100, y, 50), LEFT, FEET, 0.8, 0.8);
    return new MrSlice("1.2.3." + instance, "1.2.840.10008.5.1.4.1.1.4", 1, instance, g, Double.NaN, new FloatImage(w, h));
  }

  @Test
  void sortsAlongTheNormalNotByInstanceNumberAndMeasuresTheStep() throws Exception {
    List<MrSlice> shuffled = new ArrayList<>(List.of(coronal(1, 20), coronal(2, -4), coronal(3, 8), coronal(4, 4), coronal(5, 16)));
    shuffled.add(coronal(6, 0));
    shuffled.add(coronal(7, 12));

    MrSeries series = SeriesAssembler.assemble(HEADER, shuffled);

    assertThat(series.slices()).extracting(MrSlice::positionMm).containsExactly(-4.0, 0.0, 4.0, 8.0, 12.0, 16.0, 20.0);
    assertThat(series.slices()).extracting(MrSlice::instanceNumber).containsExactly(2, 6, 4, 3, 7, 5, 1);
    assertThat(series.sliceStepMm()).isEqualTo(4.0);
    assertThat(series.orientation().plane()).isEqualTo(Plane.CORONAL);
    assertThat(series.orientation().isOblique()).isFalse();
    assertThat(series.summary()).startsWith("coronal, 7 slices of 8x6");
  }

  @Test
  void refusesTwoSlicesAtOnePosition() {
    assertThatThrownBy(() -> SeriesAssembler.assemble(HEADER, List.of(coronal(1, 0), coronal(2, 4), coronal(3, 4))))
        .isInstanceOf(UnusableSeriesException.class)
        .hasMessageContaining("two images at the same position")
        .hasMessageContaining("instances 2 and 3");
  }

  @Test
  void refusesMixedOrientations() {
    MrSlice axial = new MrSlice("9", "x", 1, 9,
        new SliceGeometry(new Vec3(0, 0, 0), LEFT, new Vec3(0, 1, 0), 0.8, 0.8), Double.NaN, new FloatImage(8, 6));
    assertThatThrownBy(() -> SeriesAssembler.assemble(HEADER, List.of(coronal(1, 0), axial)))
        .isInstanceOf(UnusableSeriesException.class)
        .hasMessageContaining("mixes slice orientations");
  }

  @Test
  void refusesMixedSizes() {
    assertThatThrownBy(() -> SeriesAssembler.assemble(HEADER, List.of(coronal(1, 0), coronal(2, 4, 10, 6))))
        .isInstanceOf(UnusableSeriesException.class)
        .hasMessageContaining("mixes image sizes");
  }

  @Test
  void namesAnObliqueAxialPlane() {
    Vec3 tiltedColumn = new Vec3(0, 0.99096, 0.134158);
    SliceOrientation o = SliceOrientation.fromNormal(LEFT.cross(tiltedColumn));
    assertThat(o.plane()).isEqualTo(Plane.AXIAL);
    assertThat(o.tiltDegrees()).isBetween(7.6, 7.8);
    assertThat(o.describe()).startsWith("axial oblique");
  }
}
