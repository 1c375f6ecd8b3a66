package org.hipspa.weasis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.dicom.explorer.DicomModel;
import org.weasis.dicom.explorer.LoadLocalDicom;

class WeasisStudyImportTest {

  private final List<Runnable> tasks = new ArrayList<>();

  @Test
  void theSavedFilesAreImportedIntoTheExplorerModelOfTheAnalysedSeriesWithoutOpeningAViewer() {
    DicomModel explorer = new DicomModel();
    WeasisStudyImport study = new WeasisStudyImport(() -> seriesIn(explorer), tasks::add);
    List<Path> files = List.of(Path.of("/results/hipspa-series-3-seg.dcm"), Path.of("/results/hipspa-series-3-sr.dcm"));

    assertThat(study.addToStudy(files)).isTrue();

    assertThat(tasks).singleElement().isInstanceOf(LoadLocalDicom.class).asString()
        .isEqualTo("LoadLocalDicom " + List.of(files.get(0).toFile(), files.get(1).toFile()) + " into " + explorer
            + ", opening NONE");
  }

  @Test
  void aSeriesOutsideAnyExplorerModelGetsNoImportAndSaysSo() {
    assertThat(new WeasisStudyImport(() -> seriesIn(null), tasks::add).addToStudy(List.of(Path.of("/r/seg.dcm"))))
        .isFalse();
    assertThat(new WeasisStudyImport(() -> null, tasks::add).addToStudy(List.of(Path.of("/r/seg.dcm")))).isFalse();
    assertThat(tasks).isEmpty();
  }

  private static MediaSeries<?> seriesIn(DicomModel explorer) {
    return WeasisImages.series(List.of(), explorer);
  }
}
