package org.hipspa.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFolderTest {
  @TempDir Path parent;

  @Test
  void theFolderAppearsOnlyWithEverythingInIt() throws IOException {
    Path target = parent.resolve("model");

    WholeFolder.create(target, folder -> {
      Files.writeString(folder.resolve("weights.params"), "w");
      assertThat(target).doesNotExist();
      assertThat(folder.getParent()).isEqualTo(parent);
      assertThat(folder.getFileName().toString()).startsWith(".model");
      Files.writeString(folder.resolve("manifest.json"), "{}");
    });

    assertThat(names(target)).containsExactly("manifest.json", "weights.params");
    assertThat(names(parent)).containsExactly("model");
  }

  @Test
  void missingParentFoldersAreCreated() throws IOException {
    Path target = parent.resolve("a").resolve("b").resolve("patient");

    WholeFolder.create(target, folder -> Files.writeString(folder.resolve("README.md"), "r"));

    assertThat(target.resolve("README.md")).hasContent("r");
  }

  @Test
  void aCallbackThatThrowsLeavesNoFolderAtAll() {
    Path target = parent.resolve("patient");
    IOException diskFull = new IOException("No space left on device");

    assertThatThrownBy(() -> WholeFolder.create(target, folder -> {
      Files.createDirectory(folder.resolve("dicom"));
      Files.writeString(folder.resolve("dicom").resolve("IM_0001.dcm"), "half");
      throw diskFull;
    })).isSameAs(diskFull);

    assertThat(names(parent)).isEmpty();
  }

  @Test
  void anExistingFolderIsRefusedAndLeftAsItWas() throws IOException {
    Path target = Files.createDirectory(parent.resolve("model"));
    Files.writeString(target.resolve("mine.txt"), "keep");

    assertThatThrownBy(() -> WholeFolder.create(target, folder -> Files.writeString(folder.resolve("x"), "x")))
        .isInstanceOf(FileAlreadyExistsException.class);

    assertThat(names(target)).containsExactly("mine.txt");
    assertThat(names(parent)).containsExactly("model");
  }

  @Test
  void theFolderGetsThePermissionsOfAnyNewFolderNotThePrivateOnesOfATemporaryFolder() throws IOException {
    assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ordinary = Files.createDirectory(parent.resolve("ordinary"));

    Path target = parent.resolve("shared");
    WholeFolder.create(target, folder -> { });

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
  }

  @Test
  void replaceWritesANewFolderWhereThereWasNone() throws IOException {
    Path target = parent.resolve("report");

    WholeFolder.replace(target, folder -> Files.writeString(folder.resolve("report.json"), "{}"));

    assertThat(names(target)).containsExactly("report.json");
    assertThat(names(parent)).containsExactly("report");
  }

  @Test
  void replaceSwapsTheOldFolderForTheNewOneOnlyWhenTheNewOneIsComplete() throws IOException {
    Path target = Files.createDirectory(parent.resolve("report"));
    Files.writeString(target.resolve("report.json"), "old");
    Files.writeString(target.resolve("overlay-1.png"), "old");

    WholeFolder.replace(target, folder -> {
      assertThat(names(target)).containsExactly("overlay-1.png", "report.json");
      Files.writeString(folder.resolve("report.json"), "new");
    });

    assertThat(names(target)).containsExactly("report.json");
    assertThat(target.resolve("report.json")).hasContent("new");
    assertThat(names(parent)).containsExactly("report");
  }

  @Test
  void replaceKeepsTheOldFolderAsItWasWhenTheNewOneFails() throws IOException {
    Path target = Files.createDirectory(parent.resolve("report"));
    Files.writeString(target.resolve("report.json"), "old");

    assertThatThrownBy(() -> WholeFolder.replace(target, folder -> {
      Files.writeString(folder.resolve("report.json"), "half");
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");

    assertThat(target.resolve("report.json")).hasContent("old");
    assertThat(names(parent)).containsExactly("report");
  }

  @Test
  void replacePassesTheCallersOwnCheckedExceptionThroughUnchanged() {
    Path target = parent.resolve("report");
    ReportRefused refused = new ReportRefused();

    assertThatThrownBy(() -> WholeFolder.<ReportRefused>replace(target, folder -> {
      throw refused;
    })).isSameAs(refused);

    assertThat(names(parent)).isEmpty();
  }

  @Test
  void replaceRefusesAFileWhereTheFolderShouldBe() throws IOException {
    Path target = Files.writeString(parent.resolve("report"), "someone's notes");

    assertThatThrownBy(() -> WholeFolder.replace(target, folder -> { }))
        .isInstanceOf(FileAlreadyExistsException.class);

    assertThat(target).hasContent("someone's notes");
    assertThat(names(parent)).containsExactly("report");
  }

  private static final class ReportRefused extends Exception {}

  private static List<String> names(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
