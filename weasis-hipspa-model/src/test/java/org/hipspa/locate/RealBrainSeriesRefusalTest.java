package org.hipspa.locate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hipspa.dicom.DicomSeriesReader;
import org.hipspa.dicom.ReadProgress;
import org.hipspa.image.MrSeries;
import org.hipspa.testing.SharedData;
import org.junit.jupiter.api.Test;

class RealBrainSeriesRefusalTest {

  @Test
  void theRealAxialBrainSeriesIsRefusedAsNotCoronal() throws Exception {
    MrSeries brain = new DicomSeriesReader().read(List.of(SharedData.realMr("brain-axial-20")), null, ReadProgress.NONE);

    assertThatThrownBy(() -> HipSeriesCheck.requireCoronalHipSeries(brain))
        .isInstanceOf(NotAHipSeriesException.class)
        .hasMessageStartingWith("This series is an axial oblique (7.7°) series, not coronal");
  }
}
