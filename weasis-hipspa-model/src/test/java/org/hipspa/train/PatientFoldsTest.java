package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipspa.HipspaException;
import org.junit.jupiter.api.Test;

class PatientFoldsTest {
  private final List<CropSample> crops = ToyCrops.make(12, 2, 5);

  @Test
  void everyPatientIsInExactlyOneFoldWithAllItsSlices() throws Exception {
    List<Set<String>> folds = PatientFolds.split(crops, 5, 1);
    Set<String> seen = new HashSet<>();
    for (Set<String> fold : folds) {
      assertThat(fold).hasSizeBetween(2, 3);
      for (String patient : fold) {
        assertThat(seen.add(patient)).as("%s in two folds", patient).isTrue();
      }
      List<CropSample> test = PatientFolds.of(crops, fold, true);
      List<CropSample> train = PatientFolds.of(crops, fold, false);
      assertThat(PatientFolds.patientsOf(train)).doesNotContainAnyElementsOf(PatientFolds.patientsOf(test));
      assertThat(test.size() + train.size()).isEqualTo(crops.size());
    }
    assertThat(seen).isEqualTo(PatientFolds.patientsOf(crops));
  }

  @Test
  void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() throws Exception {
    assertThat(PatientFolds.split(crops, 5, 1)).isEqualTo(PatientFolds.split(crops, 5, 1));
    assertThat(PatientFolds.split(crops, 5, 1)).isNotEqualTo(PatientFolds.split(crops, 5, 2));
  }

  @Test
  void fewerPatientsThanFoldsIsRefusedWithAClearSentence() {
    assertThatThrownBy(() -> PatientFolds.split(ToyCrops.make(3, 2, 1), 5, 1))
        .isInstanceOf(HipspaException.class)
        .hasMessage("5-fold cross-validation needs at least 5 patients and 2 folds, but the data has 3 patients: add patients or lower --folds.");
  }

  @Test
  void validationPatientsAreAShareOfTheTrainingPatientsNeverAll() {
    assertThat(PatientFolds.validationPatients(crops, 0.15, 1)).hasSize(2);
    assertThat(PatientFolds.validationPatients(ToyCrops.make(2, 1, 1), 0.9, 1)).hasSize(1);
  }
}
