package org.hipspa.dicom.result;

import static org.hipspa.dicom.result.Attributes.cs;
import static org.hipspa.dicom.result.Attributes.da;
import static org.hipspa.dicom.result.Attributes.is;
import static org.hipspa.dicom.result.Attributes.lo;
import static org.hipspa.dicom.result.Attributes.pn;
import static org.hipspa.dicom.result.Attributes.sh;
import static org.hipspa.dicom.result.Attributes.tm;
import static org.hipspa.dicom.result.Attributes.ui;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.hipspa.image.MrSeries;
import org.hipspa.image.StudyInfo;
import org.hipspa.segment.AlgorithmIdentity;

/**
 * The modules every object we derive from an MR series shares: the source's Patient and General
 * Study modules copied unchanged (so the PACS files it with the source study), a new series, the
 * equipment that made it (us, with the model's version) and the SOP common module.
 */
public final class DerivedObjectHeader {
  /** Who made the object, for Manufacturer and the SR's device observer. */
  public static final String MANUFACTURER = "HipSpA for Weasis project";
  public static final String MODEL_NAME = "HipSpA for Weasis";

  private DerivedObjectHeader() {}

  /** A new series and instance of the given SOP class, created now, derived from {@code source}. */
  public static void put(
      AttributeList list,
      MrSeries source,
      AlgorithmIdentity algorithm,
      String sopClassUid,
      String sopInstanceUid,
      String seriesInstanceUid,
      String modality,
      int seriesNumber,
      String seriesDescription,
      LocalDateTime created) {
    StudyInfo study = source.study();
    pn(list, TagFromName.PatientName, study.patientName());
    lo(list, TagFromName.PatientID, study.patientId());
    da(list, TagFromName.PatientBirthDate, study.patientBirthDate());
    cs(list, TagFromName.PatientSex, study.patientSex());

    ui(list, TagFromName.StudyInstanceUID, study.studyInstanceUid());
    da(list, TagFromName.StudyDate, study.studyDate());
    tm(list, TagFromName.StudyTime, study.studyTime());
    sh(list, TagFromName.StudyID, study.studyId());
    sh(list, TagFromName.AccessionNumber, study.accessionNumber());
    pn(list, TagFromName.ReferringPhysicianName, study.referringPhysicianName());
    if (!study.studyDescription().isEmpty()) {
      lo(list, TagFromName.StudyDescription, study.studyDescription());
    }

    cs(list, TagFromName.Modality, modality);
    ui(list, TagFromName.SeriesInstanceUID, seriesInstanceUid);
    is(list, TagFromName.SeriesNumber, seriesNumber);
    lo(list, TagFromName.SeriesDescription, seriesDescription);
    String date = created.format(DateTimeFormatter.BASIC_ISO_DATE);
    String time = created.format(DateTimeFormatter.ofPattern("HHmmss"));
    da(list, TagFromName.SeriesDate, date);
    tm(list, TagFromName.SeriesTime, time);

    lo(list, TagFromName.Manufacturer, MANUFACTURER);
    lo(list, TagFromName.ManufacturerModelName, MODEL_NAME);
    lo(list, TagFromName.DeviceSerialNumber, deviceSerialNumber(algorithm));
    lo(list, TagFromName.SoftwareVersions, algorithm.nameAndVersion());

    is(list, TagFromName.InstanceNumber, 1);
    da(list, TagFromName.ContentDate, date);
    tm(list, TagFromName.ContentTime, time);
    da(list, TagFromName.InstanceCreationDate, date);
    tm(list, TagFromName.InstanceCreationTime, time);

    ui(list, TagFromName.SOPClassUID, sopClassUid);
    ui(list, TagFromName.SOPInstanceUID, sopInstanceUid);
  }

  /**
   * A software device has no serial number; the first 16 hex digits of the weights' SHA-256 say
   * which weights ran, and fit LO's 64 characters with room to spare.
   */
  public static String deviceSerialNumber(AlgorithmIdentity algorithm) {
    String sha = algorithm.weightsSha256();
    return sha.isEmpty() ? "unknown weights" : "weights sha256 " + sha.substring(0, Math.min(16, sha.length()));
  }
}
