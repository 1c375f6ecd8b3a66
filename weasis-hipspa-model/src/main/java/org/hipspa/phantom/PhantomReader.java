package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.image.BinaryMask;

/**
 * Reads the ground truth of a phantom folder written by {@link PhantomWriter}: the same {@link SliceTruth}
 * records the generator made (masks from the label volume, numbers from truth.json), and patient.json. The
 * DICOM files are for the project's DICOM reader.
 */
public final class PhantomReader {

  /** What a phantom folder holds besides its DICOM files. */
  public record PhantomFolder(Path folder, JsonObject patient, List<SliceTruth> truth) {
    public Path dicomFolder() {
      return folder.resolve(PhantomWriter.DICOM_DIR);
    }
  }

  private PhantomReader() {}

  public static PhantomFolder read(Path folder) throws HipspaException, IOException {
    JsonObject header;
    JsonObject truth;
    JsonObject patient;
    byte[] labels;
    try {
      header = json(folder.resolve(PhantomWriter.LABELS_JSON));
      truth = json(folder.resolve(PhantomWriter.TRUTH_JSON));
      patient = json(folder.resolve(PhantomWriter.PATIENT_JSON));
      labels = Files.readAllBytes(folder.resolve(PhantomWriter.LABELS_RAW));
    } catch (NoSuchFileException e) {
      throw new HipspaException("The folder " + folder + " is not a complete phantom patient (" + Path.of(e.getFile())
          .getFileName() + " is missing); write it again with hipspa phantom.", e);
    }
    if (header.get("formatVersion").getAsInt() != PhantomWriter.FORMAT_VERSION) {
      throw new HipspaException("The phantom in " + folder + " has format version " + header.get("formatVersion")
          + ", this program reads version " + PhantomWriter.FORMAT_VERSION + "; write it again with this version.");
    }
    var shape = header.getAsJsonArray("shape");
    int n = shape.get(0).getAsInt();
    int rows = shape.get(1).getAsInt();
    int cols = shape.get(2).getAsInt();
    if (labels.length != n * rows * cols) {
      throw new HipspaException("The label file in " + folder + " holds " + labels.length + " bytes instead of "
          + (long) n * rows * cols + "; write the phantom again.");
    }
    var slices = truth.getAsJsonArray("slices");
    List<SliceTruth> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      JsonObject s = slices.get(k).getAsJsonObject();
      int base = k * rows * cols;
      HipTruth right = hip(HipSide.RIGHT, s.getAsJsonObject("right"), labels, base, cols, rows,
          PhantomWriter.RIGHT_HEAD, PhantomWriter.RIGHT_BME, PhantomWriter.RIGHT_EFFUSION);
      HipTruth left = hip(HipSide.LEFT, s.getAsJsonObject("left"), labels, base, cols, rows,
          PhantomWriter.LEFT_HEAD, PhantomWriter.LEFT_BME, PhantomWriter.LEFT_EFFUSION);
      out.add(new SliceTruth(s.get("index").getAsInt(), s.get("instanceNumber").getAsInt(),
          s.get("positionMm").getAsDouble(), right, left));
    }
    return new PhantomFolder(folder, patient, out);
  }

  private static HipTruth hip(HipSide side, JsonObject o, byte[] labels, int base, int cols, int rows, int headBit,
      int bmeBit, int effusionBit) {
    BinaryMask head = new BinaryMask(cols, rows);
    BinaryMask bme = new BinaryMask(cols, rows);
    BinaryMask effusion = new BinaryMask(cols, rows);
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < cols; x++) {
        int v = labels[base + y * cols + x];
        if ((v & headBit) != 0) {
          head.set(x, y, true);
        }
        if ((v & bmeBit) != 0) {
          bme.set(x, y, true);
        }
        if ((v & effusionBit) != 0) {
          effusion.set(x, y, true);
        }
      }
    }
    return new HipTruth(side, head, bme, effusion, o.get("headCentreColumn").getAsDouble(),
        o.get("headCentreRow").getAsDouble(), o.get("headCentreDistanceMm").getAsDouble(), num(o, "bmeProportion"),
        num(o, "effusionProportion"), num(o, "lesionProportion"), num(o, "bmeAreaProportion"),
        num(o, "effusionAreaProportion"), num(o, "lesionAreaProportion"));
  }

  private static double num(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? Double.NaN : e.getAsDouble();
  }

  private static JsonObject json(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }
}
