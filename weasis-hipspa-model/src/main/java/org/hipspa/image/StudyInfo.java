package org.hipspa.image;

/**
 * The patient and study attributes a derived object (SEG, SR) must repeat from its source. Held
 * for writing results only: nothing here is ever logged. Absent values are empty strings.
 */
public record StudyInfo(
    String patientName,
    String patientId,
    String patientBirthDate,
    String patientSex,
    String studyInstanceUid,
    String studyDate,
    String studyTime,
    String studyId,
    String accessionNumber,
    String referringPhysicianName,
    String studyDescription) {

  public StudyInfo {
    patientName = orEmpty(patientName);
    patientId = orEmpty(patientId);
    patientBirthDate = orEmpty(patientBirthDate);
    patientSex = orEmpty(patientSex);
    studyInstanceUid = orEmpty(studyInstanceUid);
    studyDate = orEmpty(studyDate);
    studyTime = orEmpty(studyTime);
    studyId = orEmpty(studyId);
    accessionNumber = orEmpty(accessionNumber);
    referringPhysicianName = orEmpty(referringPhysicianName);
    studyDescription = orEmpty(studyDescription);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
