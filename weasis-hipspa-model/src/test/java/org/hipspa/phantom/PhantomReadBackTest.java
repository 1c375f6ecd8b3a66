package org.hipspa.phantom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.image.MrSeries;
import org.hipspa.image.StoredWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the phantom writes, the project's own DICOM reader reads back exactly, its STIR window included. */
class PhantomReadBackTest {

  @Test
  void theProjectsReaderGivesBackTheSamePixelsGeometryAndWindow(@TempDir Path tmp) throws Exception {
    PhantomPatient patient = new PhantomGenerator().generate(PhantomSettings.defaults(31).withSlices(12, 4.0, 4.0));
    PhantomWriter.write(patient, tmp.resolve("p"));

    MrSeries read = new DicomSeriesReader().read(List.of(tmp.resolve("p").resolve(PhantomWriter.DICOM_DIR)), null,
        ReadProgress.NONE);

    MrSeries written = patient.series();
    assertThat(read.seriesInstanceUid()).isEqualTo(written.seriesInstanceUid());
    assertThat(read.frameOfReferenceUid()).isEqualTo(written.frameOfReferenceUid());
    assertThat(read.size()).isEqualTo(written.size());
    assertThat(read.sliceStepMm()).isEqualTo(written.sliceStepMm());
    assertThat(read.orientation()).isEqualTo(written.orientation());
    double muscle = patient.parameters().muscleSignal();
    assertThat(read.storedWindow())
        .contains(new StoredWindow(PhantomWindow.centre(muscle), PhantomWindow.width(muscle)))
        .isEqualTo(written.storedWindow());
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.slice(i).sopInstanceUid()).isEqualTo(written.slice(i).sopInstanceUid());
      assertThat(read.slice(i).geometry()).isEqualTo(written.slice(i).geometry());
      assertThat(read.slice(i).positionMm()).isEqualTo(written.slice(i).positionMm());
      assertThat(read.slice(i).pixels()).isEqualTo(written.slice(i).pixels());
    }
  }
}
