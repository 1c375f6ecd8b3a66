package org.hipspa.dicom.sr;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.ContentItem;
import com.pixelmed.dicom.ContentItemFactory;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.StructuredReport;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hipspa.dicom.result.Code;
import org.hipspa.score.HimrissSettings;

/**
 * The HIMRISS settings a HipSpA measurement report recorded beside its UNet-scores, read back so that a stored SEG is
 * scored again with the settings it was scored with, not the defaults.
 */
public final class RecordedHimrissSettings {
  private RecordedHimrissSettings() {}

  /**
   * The settings in {@code srFile}, when it is a HipSpA measurement report that lists the segmentation
   * {@code segSopInstanceUid} among its evidence and records all four settings; empty otherwise (no such file, not an
   * SR, another SEG's report, an older report without settings).
   */
  public static Optional<HimrissSettings> read(Path srFile, String segSopInstanceUid) {
    if (!Files.isRegularFile(srFile)) {
      return Optional.empty();
    }
    try {
      AttributeList list = new AttributeList();
      list.read(srFile.toFile());
      if (!MeasurementReportWriter.SR_SOP_CLASS.equals(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPClassUID))
          || !referencesInstance(list, segSopInstanceUid)) {
        return Optional.empty();
      }
      Map<String, Double> numbers = new HashMap<>();
      collectOurNumbers((ContentItem) new StructuredReport(list).getRoot(), numbers);
      Double central = numbers.get(SrCodes.CENTRAL_SLICES_SETTING.value());
      Double anterior = numbers.get(SrCodes.ANTERIOR_SLICES_SETTING.value());
      Double posterior = numbers.get(SrCodes.POSTERIOR_SLICES_SETTING.value());
      Double minHead = numbers.get(SrCodes.MIN_HEAD_FRACTION_SETTING.value());
      if (central == null || anterior == null || posterior == null || minHead == null) {
        return Optional.empty();
      }
      return Optional.of(new HimrissSettings((int) Math.round(central), (int) Math.round(anterior),
          (int) Math.round(posterior), minHead));
    } catch (IOException | DicomException | IllegalArgumentException | ClassCastException e) {
      // unreadable, or settings no scorer accepts: the caller falls back to the defaults and says so
      return Optional.empty();
    }
  }

  private static boolean referencesInstance(AttributeList list, String sopInstanceUid) {
    SequenceAttribute studies = (SequenceAttribute) list.get(TagFromName.CurrentRequestedProcedureEvidenceSequence);
    if (studies == null) {
      return false;
    }
    for (int s = 0; s < studies.getNumberOfItems(); s++) {
      SequenceAttribute series = (SequenceAttribute) studies.getItem(s).getAttributeList()
          .get(TagFromName.ReferencedSeriesSequence);
      for (int r = 0; series != null && r < series.getNumberOfItems(); r++) {
        SequenceAttribute instances = (SequenceAttribute) series.getItem(r).getAttributeList()
            .get(TagFromName.ReferencedSOPSequence);
        for (int i = 0; instances != null && i < instances.getNumberOfItems(); i++) {
          SequenceItem instance = instances.getItem(i);
          if (sopInstanceUid.equals(Attribute.getSingleStringValueOrEmptyString(instance.getAttributeList(),
              TagFromName.ReferencedSOPInstanceUID))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Every numeric item coded in our own scheme, by code value; the settings appear once per report. */
  private static void collectOurNumbers(ContentItem item, Map<String, Double> out) {
    if (item instanceof ContentItemFactory.NumericContentItem n
        && Code.HIPSPA_SCHEME.equals(n.getConceptNameCodingSchemeDesignator())) {
      Double exact = n.getFloatingPointValue();
      String text = n.getNumericValue();
      if (exact != null) {
        out.putIfAbsent(n.getConceptNameCodeValue(), exact);
      } else if (text != null && !text.isBlank()) {
        out.putIfAbsent(n.getConceptNameCodeValue(), Double.valueOf(text.trim()));
      }
    }
    for (int i = 0; i < item.getChildCount(); i++) {
      collectOurNumbers((ContentItem) item.getChildAt(i), out);
    }
  }
}
