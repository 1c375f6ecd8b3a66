package org.hipspa.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.hipspa.HipspaException;

/**
 * Splits patients (never slices) into folds: the sorted patient ids are shuffled with the seed and
 * dealt round-robin, so fold sizes differ by at most one patient and the split is reproducible.
 * Slices of one patient in both training and test would inflate Dice.
 */
public final class PatientFolds {
  private PatientFolds() {}

  /** The patients of each of {@code k} folds. */
  public static List<Set<String>> split(List<CropSample> crops, int k, long seed) throws HipspaException {
    List<String> patients = new ArrayList<>(patientsOf(crops));
    if (k < 2 || patients.size() < k) {
      throw new HipspaException(k + "-fold cross-validation needs at least " + Math.max(2, k) + " patients and 2 folds, but the data has "
          + patients.size() + " patients: add patients or lower --folds.");
    }
    Collections.shuffle(patients, new Random(seed));
    List<Set<String>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new TreeSet<>());
    }
    for (int i = 0; i < patients.size(); i++) {
      folds.get(i % k).add(patients.get(i));
    }
    return folds;
  }

  /** Holds back {@code share} of the patients (at least one, never all) for early stopping. */
  public static Set<String> validationPatients(List<CropSample> crops, double share, long seed) {
    List<String> patients = new ArrayList<>(patientsOf(crops));
    if (patients.size() < 2) {
      return Set.of();
    }
    Collections.shuffle(patients, new Random(seed ^ 0x5DEECE66DL));
    int n = Math.max(1, Math.min(patients.size() - 1, (int) Math.round(share * patients.size())));
    return new TreeSet<>(patients.subList(0, n));
  }

  public static Set<String> patientsOf(List<CropSample> crops) {
    Set<String> patients = new TreeSet<>();
    crops.forEach(c -> patients.add(c.patientId()));
    return patients;
  }

  public static List<CropSample> of(List<CropSample> crops, Set<String> patients, boolean in) {
    return crops.stream().filter(c -> patients.contains(c.patientId()) == in).toList();
  }
}
