package org.hipspa.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hipspa.stats.PatientBootstrap.Interval;
import org.hipspa.stats.PatientBootstrap.PatientShare;
import org.junit.jupiter.api.Test;

class PatientBootstrapTest {

  @Test
  void patientsWhoAllScoreTheSameLeaveNoRoomToMove() {
    List<PatientShare> same = List.of(new PatientShare(9.5, 10), new PatientShare(19.0, 20), new PatientShare(4.75, 5));

    Interval i = PatientBootstrap.interval95(same);

    assertThat(i.low()).isEqualTo(0.95, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(i.high()).isEqualTo(0.95, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void theIntervalHoldsThePooledMeanAndWidensWhenPatientsDisagree() {
    List<PatientShare> close = new ArrayList<>();
    List<PatientShare> apart = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      close.add(new PatientShare(20 * (0.94 + (n % 2 == 0 ? 0.01 : -0.01)), 20));
      apart.add(new PatientShare(20 * (0.94 + (n % 2 == 0 ? 0.05 : -0.05)), 20));
    }

    Interval narrow = PatientBootstrap.interval95(close);
    Interval wide = PatientBootstrap.interval95(apart);

    assertThat(narrow.low()).isLessThan(0.94).isGreaterThan(0.93);
    assertThat(narrow.high()).isGreaterThan(0.94).isLessThan(0.95);
    assertThat(wide.high() - wide.low()).isGreaterThan(3 * (narrow.high() - narrow.low()));
  }

  @Test
  void aPatientWithManySlicesWeighsMoreThanOneWithFew() {
    List<PatientShare> patients = new ArrayList<>();
    patients.add(new PatientShare(0.5, 1));
    for (int n = 0; n < 19; n++) {
      patients.add(new PatientShare(98, 100));
    }

    Interval i = PatientBootstrap.interval95(patients);

    // Drawing the one-slice patient, even several times, barely moves a mean carried by about 1,900 slices; a mean of
    // patient means would fall to 0.93 with three copies of it.
    assertThat(i.low()).isGreaterThan(0.975);
    assertThat(i.high()).isLessThanOrEqualTo(0.98);
  }

  @Test
  void theSameInputGivesTheSameIntervalEveryTime() {
    List<PatientShare> patients = List.of(new PatientShare(18, 20), new PatientShare(19.5, 20), new PatientShare(15, 20));

    assertThat(PatientBootstrap.interval95(patients)).isEqualTo(PatientBootstrap.interval95(patients));
  }

  @Test
  void withoutAnySliceThereIsNoInterval() {
    Interval i = PatientBootstrap.interval95(List.of(new PatientShare(0, 0)));

    assertThat(i.low()).isNaN();
    assertThat(i.high()).isNaN();
  }
}
