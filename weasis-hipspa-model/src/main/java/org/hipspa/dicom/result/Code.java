package org.hipspa.dicom.result;

import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import java.util.Objects;

/** A coded concept (value, coding scheme designator, meaning), as DICOM code sequences hold it. */
public record Code(String value, String scheme, String meaning) {

  /** Our own coding scheme for concepts that no standard code covers; see docs/dicom-codes.md. */
  public static final String HIPSPA_SCHEME = "99HIPSPA";

  public Code {
    Objects.requireNonNull(value);
    Objects.requireNonNull(scheme);
    Objects.requireNonNull(meaning);
  }

  public static Code sct(String value, String meaning) {
    return new Code(value, "SCT", meaning);
  }

  public static Code dcm(String value, String meaning) {
    return new Code(value, "DCM", meaning);
  }

  public static Code ucum(String value, String meaning) {
    return new Code(value, "UCUM", meaning);
  }

  public static Code hipspa(String value, String meaning) {
    return new Code(value, HIPSPA_SCHEME, meaning);
  }

  public CodedSequenceItem toItem() {
    try {
      return new CodedSequenceItem(value, scheme, meaning);
    } catch (DicomException e) {
      throw new IllegalStateException("cannot encode code " + this, e);
    }
  }
}
