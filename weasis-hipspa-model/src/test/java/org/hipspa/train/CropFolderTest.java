package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipspa.HipspaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CropFolderTest {
  @TempDir Path temp;

  @Test
  void cropsWrittenToAFolderReadBackUnchanged() throws Exception {
    List<CropSample> crops = ToyCrops.make(2, 2, 9);
    CropFolder.write(crops, temp);
    List<CropSample> read = new CropFolder(temp).crops();
    assertThat(read).hasSize(4);
    for (int i = 0; i < crops.size(); i++) {
      assertThat(read.get(i).patientId()).isEqualTo(crops.get(i).patientId());
      assertThat(read.get(i).seriesId()).isEqualTo(crops.get(i).seriesId());
      assertThat(read.get(i).input()).isEqualTo(crops.get(i).input());
      assertThat(read.get(i).masks()).isEqualTo(crops.get(i).masks());
    }
  }

  @Test
  void aFolderWithoutIndexIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> new CropFolder(temp).crops())
        .isInstanceOf(HipspaException.class)
        .hasMessage("The training folder " + temp + " has no crops.csv: point --data at a crop folder (see hipspa train --help).");
  }

  @Test
  void aCropOfTheWrongSizeIsRefusedNamingItsLine() throws Exception {
    CropFolder.write(ToyCrops.make(1, 1, 9), temp);
    Files.write(temp.resolve("crop00000.f32"), new byte[100]);
    assertThatThrownBy(() -> new CropFolder(temp).crops())
        .isInstanceOf(HipspaException.class)
        .hasMessageStartingWith("A file named on line 2 of " + temp.resolve("crops.csv") + " is missing or not 128 x 160");
  }
}
