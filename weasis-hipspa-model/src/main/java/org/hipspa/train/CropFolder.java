package org.hipspa.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.segment.Structure;

/**
 * A folder of training crops in a form any tool can write (numpy's {@code tofile} does):
 *
 * <pre>
 * crops.csv      header "patient,series,label,image,femoral_head,bme,effusion", one crop per line;
 *                the last four columns are file names relative to the folder; no commas in values
 * *.f32          the crop: 128 x 160 float32 little-endian, row-major (row 0 at the top), raw intensities
 * *.u8           a mask: 128 x 160 bytes, row-major, 0 = outside, any other value = inside
 * </pre>
 *
 * Intensities are raw (not normalised): training normalises per series as the model manifest says.
 */
public final class CropFolder implements CropSource {
  public static final String INDEX = "crops.csv";
  static final String HEADER = "patient,series,label,image,femoral_head,bme,effusion";

  private final Path folder;

  public CropFolder(Path folder) {
    this.folder = folder;
  }

  @Override
  public String description() {
    return "crop folder " + folder.getFileName();
  }

  @Override
  public List<CropSample> crops() throws HipspaException {
    Path index = folder.resolve(INDEX);
    List<String> lines;
    try {
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HipspaException("The training folder " + folder + " has no " + INDEX + ": point --data at a crop folder (see hipspa train --help).", e);
    } catch (IOException e) {
      throw new HipspaException("The crop index " + index + " cannot be read: check that it is readable.", e);
    }
    if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
      throw new HipspaException("The crop index " + index + " must start with the line \"" + HEADER + "\": fix its header.");
    }
    List<CropSample> crops = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 7) {
        throw new HipspaException("Line " + (i + 1) + " of " + index + " has " + f.length + " columns instead of 7: fix that line.");
      }
      try {
        crops.add(new CropSample(f[0], f[1], f[2], readImage(folder.resolve(f[3])),
            readMask(folder.resolve(f[4])), readMask(folder.resolve(f[5])), readMask(folder.resolve(f[6]))));
      } catch (IOException e) {
        throw new HipspaException("A file named on line " + (i + 1) + " of " + index + " is missing or not 128 x 160: " + e.getMessage() + ".", e);
      }
    }
    if (crops.isEmpty()) {
      throw new HipspaException("The crop index " + index + " lists no crops: add crops before training.");
    }
    return crops;
  }

  /** Writes {@code crops} (one channel each: a crop folder holds no neighbouring slices) as a new crop folder (files named by position). */
  public static void write(List<CropSample> crops, Path folder) throws IOException {
    for (CropSample c : crops) {
      if (c.channels() != 1) {
        throw new IllegalArgumentException("a crop folder holds one-channel crops; " + c.label() + " has " + c.channels());
      }
    }
    Files.createDirectories(folder);
    try (BufferedWriter index = Files.newBufferedWriter(folder.resolve(INDEX), StandardCharsets.UTF_8)) {
      index.write(HEADER);
      index.newLine();
      for (int i = 0; i < crops.size(); i++) {
        CropSample c = crops.get(i);
        String stem = String.format("crop%05d", i);
        writeImage(c.centre(), folder.resolve(stem + ".f32"));
        List<String> names = new ArrayList<>();
        for (Structure s : Structure.values()) {
          String name = stem + "-" + s.id() + ".u8";
          writeMask(c.mask(s), folder.resolve(name));
          names.add(name);
        }
        index.write(String.join(",", c.patientId(), c.seriesId(), c.label(), stem + ".f32", names.get(0), names.get(1), names.get(2)));
        index.newLine();
      }
    }
  }

  private static FloatImage readImage(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length != CropContract.PIXELS * 4) {
      throw new IOException(file.getFileName() + " has " + bytes.length + " bytes, expected " + CropContract.PIXELS * 4);
    }
    float[] v = new float[CropContract.PIXELS];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return new FloatImage(CropContract.WIDTH, CropContract.HEIGHT, v);
  }

  private static BinaryMask readMask(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length != CropContract.PIXELS) {
      throw new IOException(file.getFileName() + " has " + bytes.length + " bytes, expected " + CropContract.PIXELS);
    }
    BinaryMask m = new BinaryMask(CropContract.WIDTH, CropContract.HEIGHT);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != 0) {
        m.set(i % CropContract.WIDTH, i / CropContract.WIDTH, true);
      }
    }
    return m;
  }

  private static void writeImage(FloatImage image, Path file) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(image.values().length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(image.values());
    Files.write(file, b.array());
  }

  private static void writeMask(BinaryMask mask, Path file) throws IOException {
    byte[] bytes = new byte[mask.width() * mask.height()];
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        bytes[y * mask.width() + x] = (byte) (mask.get(x, y) ? 1 : 0);
      }
    }
    Files.write(file, bytes);
  }
}
