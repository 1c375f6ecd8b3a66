package org.hipspa.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hipspa.testing.SharedData;

/** Real sample files and real PixelMed edits of them, for the reader's tests. */
final class DicomTestFiles {
  private DicomTestFiles() {}

  static final Path BRAIN = SharedData.realMr("brain-axial-20");
  static final Path ENCODINGS = SharedData.realMr("encodings");
  static final Path MR_SMALL = ENCODINGS.resolve("pydicom_MR_small.dcm");

  interface Edit {
    void apply(AttributeList list) throws Exception;
  }

  /** Copies the regular files of a folder (not recursively) into {@code target}, creating it. */
  static Path copyFolder(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }

  /** Reads an uncompressed file with PixelMed, edits its attributes and writes it as explicit VR little endian. */
  static Path rewrite(Path source, Path target, Edit edit) throws Exception {
    AttributeList list = new AttributeList();
    list.read(source.toFile());
    edit.apply(list);
    list.removeGroupLengthAttributes();
    list.removeMetaInformationHeaderAttributes();
    FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "HIPSPATEST");
    Files.createDirectories(target.getParent());
    list.write(target.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
    return target;
  }

  /** SHA-256 of every file under a folder, by relative path: equal maps mean nothing was added, removed or changed. */
  static Map<String, String> hashes(Path folder) {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.toList()) {
        String key = folder.relativize(p).toString();
        result.put(key, Files.isDirectory(p) ? "dir" : sha256(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a command, failing the test with its output when it cannot run or exits non-zero. */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    int code = p.waitFor();
    if (code != 0) {
      throw new AssertionError(String.join(" ", command) + " exited with " + code + ": " + out);
    }
    return out;
  }
}
