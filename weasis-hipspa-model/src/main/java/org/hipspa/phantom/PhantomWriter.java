package org.hipspa.phantom;

import com.google.gson.stream.JsonWriter;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hipspa.files.WholeFolder;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.MrSeries;

/**
 * Writes one phantom patient as a folder (DICOM series, label volume, truth JSON/CSV, parameters, README;
 * see patient-readme.md). The folder is built under a temporary name beside the target and moved into place
 * whole, so a reader never sees half a patient. Byte-identical output for identical patients.
 */
public final class PhantomWriter {
  public static final int FORMAT_VERSION = 1;
  public static final String LABELS_RAW = "labels.raw";
  public static final String LABELS_JSON = "labels.json";
  public static final String TRUTH_JSON = "truth.json";
  public static final String TRUTH_CSV = "truth.csv";
  public static final String PATIENT_JSON = "patient.json";
  public static final String DICOM_DIR = "dicom";
  public static final String README = "README.md";

  public static final int RIGHT_HEAD = 1;
  public static final int LEFT_HEAD = 2;
  public static final int RIGHT_BME = 4;
  public static final int LEFT_BME = 8;
  public static final int RIGHT_EFFUSION = 16;
  public static final int LEFT_EFFUSION = 32;

  private PhantomWriter() {}

  /** The name of slice {@code instanceNumber}'s DICOM file inside {@link #DICOM_DIR}. */
  public static String dicomFileName(int instanceNumber) {
    return String.format(Locale.ROOT, "IM_%04d.dcm", instanceNumber);
  }

  /**
   * Writes {@code patient} to {@code folder}, which must not exist yet.
   *
   * @throws FileAlreadyExistsException if it does
   */
  public static void write(PhantomPatient patient, Path folder) throws IOException {
    WholeFolder.create(folder.toAbsolutePath(), dir -> writeInto(patient, dir));
  }

  /** Writes the patient's files into an existing empty folder (the caller makes it appear whole). */
  public static void writeInto(PhantomPatient patient, Path dir) throws IOException {
    MrSeries series = patient.series();
    Path dicom = Files.createDirectory(dir.resolve(DICOM_DIR));
    for (int k = 0; k < series.size(); k++) {
      try {
        AttributeList list = PhantomDicom.slice(patient, k);
        list.write(dicom.resolve(dicomFileName(series.slice(k).instanceNumber())).toFile(),
            PhantomDicom.TRANSFER_SYNTAX, true, true);
      } catch (DicomException e) {
        throw new IOException("PixelMed could not build slice " + (k + 1) + " of the phantom: " + e.getMessage(), e);
      }
    }
    Files.write(dir.resolve(LABELS_RAW), labels(patient));
    Files.writeString(dir.resolve(LABELS_JSON), labelsHeader(patient), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(TRUTH_JSON), PhantomJson.truth(patient), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(TRUTH_CSV), truthCsv(patient), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(PATIENT_JSON), PhantomJson.parameters(patient.parameters()), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(README), readme(), StandardCharsets.UTF_8);
  }

  static byte[] labels(PhantomPatient patient) {
    MrSeries series = patient.series();
    int w = series.columns();
    int h = series.rows();
    byte[] out = new byte[series.size() * w * h];
    for (SliceTruth t : patient.truth()) {
      int base = t.index() * w * h;
      paint(out, base, t.right().head(), RIGHT_HEAD);
      paint(out, base, t.left().head(), LEFT_HEAD);
      paint(out, base, t.right().bme(), RIGHT_BME);
      paint(out, base, t.left().bme(), LEFT_BME);
      paint(out, base, t.right().effusion(), RIGHT_EFFUSION);
      paint(out, base, t.left().effusion(), LEFT_EFFUSION);
    }
    return out;
  }

  private static void paint(byte[] out, int base, BinaryMask mask, int bit) {
    int w = mask.width();
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < w; x++) {
        if (mask.get(x, y)) {
          out[base + y * w + x] |= (byte) bit;
        }
      }
    }
  }

  private static String labelsHeader(PhantomPatient patient) {
    MrSeries series = patient.series();
    StringWriter text = new StringWriter();
    try (JsonWriter j = new JsonWriter(text)) {
      j.setIndent("  ");
      j.beginObject();
      j.name("format").value("hipspa-phantom-labels");
      j.name("formatVersion").value(FORMAT_VERSION);
      j.name("file").value(LABELS_RAW);
      j.name("dtype").value("uint8");
      j.name("shape").beginArray().value(series.size()).value(series.rows()).value(series.columns()).endArray();
      j.name("order").value("slice (series order, anterior to posterior), row (head to feet), column (patient right to left)");
      j.name("bits").beginObject();
      j.name(Integer.toString(RIGHT_HEAD)).value("right femoral head");
      j.name(Integer.toString(LEFT_HEAD)).value("left femoral head");
      j.name(Integer.toString(RIGHT_BME)).value("right bone marrow edema");
      j.name(Integer.toString(LEFT_BME)).value("left bone marrow edema");
      j.name(Integer.toString(RIGHT_EFFUSION)).value("right effusion/synovitis");
      j.name(Integer.toString(LEFT_EFFUSION)).value("left effusion/synovitis");
      j.endObject();
      j.name("instanceNumbers").beginArray();
      for (SliceTruth t : patient.truth()) {
        j.value(t.instanceNumber());
      }
      j.endArray();
      j.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  static final String CSV_HEADER = "slice_index,instance_number,position_mm,hip,counts,head_pixels,bme_pixels,"
      + "effusion_pixels,head_centre_column,head_centre_row,head_centre_distance_mm,bme_proportion,"
      + "effusion_proportion,lesion_proportion,bme_area_proportion,effusion_area_proportion,lesion_area_proportion";

  private static String truthCsv(PhantomPatient patient) {
    StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
    for (SliceTruth t : patient.truth()) {
      for (HipTruth h : new HipTruth[] {t.right(), t.left()}) {
        b.append(t.index()).append(',').append(t.instanceNumber()).append(',').append(t.positionMm()).append(',')
            .append(h.side().label()).append(',').append(h.counts()).append(',').append(h.head().count()).append(',')
            .append(h.bme().count()).append(',').append(h.effusion().count()).append(',')
            .append(h.headCentreColumn()).append(',').append(h.headCentreRow()).append(',')
            .append(h.headCentreDistanceMm());
        for (double v : new double[] {h.bmeProportion(), h.effusionProportion(), h.lesionProportion(),
            h.bmeAreaProportion(), h.effusionAreaProportion(), h.lesionAreaProportion()}) {
          b.append(',');
          if (!Double.isNaN(v)) {
            b.append(v);
          }
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static String readme() {
    try (InputStream in = PhantomWriter.class.getResourceAsStream("patient-readme.md")) {
      if (in == null) {
        throw new IllegalStateException("patient-readme.md is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
