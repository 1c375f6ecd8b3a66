package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the user cannot write to is read all the same, and reading never writes into the input.
 * Tests run as root, for whom permissions prove nothing, so the JVM's own flight recorder watches
 * every file read and write while the folder is scanned and loaded, and the folder is hashed before
 * and after.
 */
class ReadOnlyInputTest {

  @Test
  void aReadOnlyFolderIsReadWithoutAnyWriteAndStaysByteIdentical(@TempDir Path tmp) throws Exception {
    Path input = DicomTestFiles.copyFolder(DicomTestFiles.BRAIN, tmp.resolve("read-only/brain"));
    DicomTestFiles.copyFolder(DicomTestFiles.ENCODINGS, tmp.resolve("read-only/encodings"));
    Path root = input.getParent();
    setWritable(root, false);
    Map<String, String> before = DicomTestFiles.hashes(root);
    DicomSeriesReader reader = new DicomSeriesReader();

    List<RecordedEvent> events;
    try (Recording recording = new Recording()) {
      recording.enable("jdk.FileRead").withThreshold(Duration.ZERO);
      recording.enable("jdk.FileWrite").withThreshold(Duration.ZERO);
      recording.start();
      SeriesScan scan = reader.scan(List.of(root));
      reader.load(scan.find("0.0.0.0.3.8811.2.20010413115754.12432").orElseThrow(), ReadProgress.NONE);
      reader.decodeFrames(root.resolve("encodings/pydicom_MR_small_jp2klossless.dcm"));
      recording.stop();
      Path dump = tmp.resolve("file-io.jfr");
      recording.dump(dump);
      events = RecordingFile.readAllEvents(dump);
    } finally {
      setWritable(root, true);
    }

    List<String> readsInInput = pathsUnder(events, "jdk.FileRead", root);
    List<String> writesInInput = pathsUnder(events, "jdk.FileWrite", root);
    assertThat(readsInInput).as("the recorder saw the reader at work").isNotEmpty();
    assertThat(writesInInput).isEmpty();
    assertThat(DicomTestFiles.hashes(root)).isEqualTo(before);
  }

  private static List<String> pathsUnder(List<RecordedEvent> events, String type, Path folder) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(type))
        .map(e -> e.getString("path"))
        .filter(p -> p != null && p.startsWith(folder.toString()))
        .toList();
  }

  private static void setWritable(Path root, boolean writable) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String perms = Files.isDirectory(p) ? (writable ? "rwxr-xr-x" : "r-xr-xr-x") : (writable ? "rw-r--r--" : "r--r--r--");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
      }
    }
  }
}
