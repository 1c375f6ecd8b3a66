package org.hipspa.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {
  @TempDir Path folder;

  @Test
  void theFileAppearsOnlyWhenItsWholeContentIsWritten() throws IOException {
    Path target = folder.resolve("scores.csv");
    List<Path> seenWhileWriting = new ArrayList<>();

    WholeFile.write(target, temporary -> {
      Files.writeString(temporary, "slice,score\n", StandardCharsets.UTF_8);
      assertThat(target).doesNotExist();
      Files.writeString(temporary, "slice,score\n1,4\n", StandardCharsets.UTF_8);
      seenWhileWriting.add(temporary);
    });

    assertThat(target).hasContent("slice,score\n1,4\n");
    assertThat(names(folder)).containsExactly("scores.csv");
    Path temporary = seenWhileWriting.get(0);
    assertThat(temporary.getParent()).isEqualTo(target.toAbsolutePath().getParent());
    assertThat(temporary.getFileName().toString()).startsWith(".scores.csv");
  }

  @Test
  void bytesAreWrittenWholeToo() throws IOException {
    Path target = folder.resolve("weights.params");

    WholeFile.write(target, new byte[] {1, 2, 3});

    assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(names(folder)).containsExactly("weights.params");
  }

  @Test
  void aCallbackThatThrowsLeavesNeitherTheTargetNorATemporaryFile() {
    Path target = folder.resolve("seg.dcm");
    IOException diskFull = new IOException("No space left on device");

    assertThatThrownBy(() -> WholeFile.write(target, temporary -> {
      Files.writeString(temporary, "half a file");
      throw diskFull;
    })).isSameAs(diskFull);

    assertThat(target).doesNotExist();
    assertThat(names(folder)).isEmpty();
  }

  @Test
  void aCallbackThatThrowsAnUncheckedExceptionLeavesNothingEither() {
    Path target = folder.resolve("contact-sheet.png");
    IllegalStateException refused = new IllegalStateException("encoder refused the image");

    assertThatThrownBy(() -> WholeFile.write(target, temporary -> {
      Files.writeString(temporary, "half a file");
      throw refused;
    })).isSameAs(refused);

    assertThat(names(folder)).isEmpty();
  }

  @Test
  void anExistingTargetKeepsItsOldContentWhenTheNewOneFails() throws IOException {
    Path target = folder.resolve("result.json");
    Files.writeString(target, "{\"fold\":1}");

    assertThatThrownBy(() -> WholeFile.write(target, temporary -> {
      Files.writeString(temporary, "{\"fo");
      throw new IOException("interrupted");
    })).hasMessage("interrupted");

    assertThat(target).hasContent("{\"fold\":1}");
    assertThat(names(folder)).containsExactly("result.json");
  }

  @Test
  void anExistingTargetIsReplacedWhenTheNewContentIsComplete() throws IOException {
    Path target = folder.resolve("result.json");
    Files.writeString(target, "{\"fold\":1}");

    WholeFile.write(target, temporary -> {
      Files.writeString(temporary, "{\"fold\":2}");
      assertThat(target).hasContent("{\"fold\":1}");
    });

    assertThat(target).hasContent("{\"fold\":2}");
    assertThat(names(folder)).containsExactly("result.json");
  }

  @Test
  void theFileGetsThePermissionsOfAnyNewFileNotThePrivateOnesOfATemporaryFile() throws IOException {
    assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Files.writeString(folder.resolve("ordinary.txt"), "x");

    Path target = folder.resolve("shared.txt");
    WholeFile.write(target, "x".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void aMissingFolderIsReportedAndNothingIsCreated() {
    Path target = folder.resolve("absent").resolve("x.txt");

    assertThatThrownBy(() -> WholeFile.write(target, new byte[] {1})).isInstanceOf(IOException.class);

    assertThat(folder.resolve("absent")).doesNotExist();
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
