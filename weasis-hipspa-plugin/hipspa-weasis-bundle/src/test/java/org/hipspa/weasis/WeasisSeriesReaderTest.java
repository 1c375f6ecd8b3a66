package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hipspa.image.MrSeries;
import org.hipspa.image.Plane;
import org.hipspa.image.UnusableSeriesException;
import org.hipspa.pipeline.AnalysisCancelledException;
import org.hipspa.pipeline.CancelToken;
import org.hipspa.pipeline.ProgressListener;
import org.hipspa.ui.testing.TestPelvis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.weasis.dicom.codec.DicomImageElement;

class WeasisSeriesReaderTest {

  private static MrSeries original;

  @BeforeAll
  static void pelvis() throws Exception {
    original = TestPelvis.coronal(7);
  }

  @Test
  void shuffledWeasisImagesBecomeTheSameSeriesSortedAlongTheNormalWithItsGeometryAndRescaledPixels() throws Exception {
    List<DicomImageElement> images = WeasisImages.of(original);
    List<DicomImageElement> shuffled = new ArrayList<>(images);
    Collections.shuffle(shuffled, new Random(3));
    List<Double> progress = new ArrayList<>();

    WeasisSeries read = WeasisSeriesReader.read(shuffled, (stage, f) -> progress.add(f), new CancelToken());
    MrSeries series = read.series();

    assertThat(series.size()).isEqualTo(7);
    assertThat(series.orientation().plane()).isEqualTo(Plane.CORONAL);
    assertThat(series.sliceStepMm()).isCloseTo(4.0, within(1e-9));
    assertThat(series.sliceThicknessMm()).isEqualTo(4.0);
    assertThat(series.seriesInstanceUid()).isEqualTo(original.seriesInstanceUid());
    assertThat(series.study().studyDate()).isEqualTo("20261102");
    for (int i = 0; i < 7; i++) {
      assertThat(series.slice(i).sopInstanceUid()).isEqualTo(original.slice(i).sopInstanceUid());
      assertThat(series.slice(i).positionMm()).isCloseTo(original.slice(i).positionMm(), within(1e-9));
      assertThat(series.slice(i).geometry()).isEqualTo(original.slice(i).geometry());
      assertThat(read.images().get(i)).isSameAs(images.get(i));
    }
    assertThat(series.spacingX()).isEqualTo(TestPelvis.SPACING);
    float[] expected = original.slice(3).pixels().values();
    float[] actual = series.slice(3).pixels().values();
    for (int p = 0; p < expected.length; p += 997) {
      assertThat(actual[p]).isCloseTo(expected[p], within(1.0f)); // stored = round((v + 100) / 2)
    }
    assertThat(progress).last().isEqualTo(1.0);
  }

  @Test
  void pixelSpacingIsRowsThenColumnsAsInDicom() throws Exception {
    List<DicomImageElement> images = WeasisImages.of(original);
    for (DicomImageElement image : images) {
      WeasisImages.tag(image, DicomTags.PIXEL_SPACING, new double[] {0.9, 0.7});
    }

    MrSeries series = WeasisSeriesReader.read(images, ProgressListener.NONE, new CancelToken()).series();

    assertThat(series.spacingY()).isEqualTo(0.9);
    assertThat(series.spacingX()).isEqualTo(0.7);
  }

  @Test
  void anImageWithoutPositionIsRefusedWithASentenceNamingTheSeries() {
    List<DicomImageElement> images = WeasisImages.of(original);
    WeasisImages.tag(images.get(2), DicomTags.IMAGE_POSITION_PATIENT, null);

    assertThatThrownBy(() -> WeasisSeriesReader.read(images, ProgressListener.NONE, new CancelToken()))
        .isInstanceOf(UnusableSeriesException.class)
        .hasMessage("Image 3 of series #1 \"COR STIR\" has no patient position, orientation or pixel spacing, so"
            + " slices cannot be placed; analyse an MR series straight from the scanner.");
  }

  @Test
  void aCancelledReadStopsBeforeLoadingPixels() {
    CancelToken cancel = new CancelToken();
    cancel.cancel();

    assertThatThrownBy(() -> WeasisSeriesReader.read(WeasisImages.of(original), ProgressListener.NONE, cancel))
        .isInstanceOf(AnalysisCancelledException.class);
  }
}
