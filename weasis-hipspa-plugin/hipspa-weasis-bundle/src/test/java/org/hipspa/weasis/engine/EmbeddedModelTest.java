package org.hipspa.weasis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedModelTest {

  @TempDir Path temp;

  private List<URL> shipped(String... files) throws Exception {
    Path bundle = Files.createDirectories(temp.resolve("bundle/model"));
    List<URL> urls = new java.util.ArrayList<>();
    for (String file : files) {
      Path p = Files.writeString(bundle.resolve(file), "content of " + file);
      urls.add(p.toUri().toURL());
    }
    return urls;
  }

  @Test
  void aShippedModelIsUnpackedWholeIntoTheFolder() throws Exception {
    Path folder = temp.resolve("data/model");

    Path unpacked = EmbeddedModel.unpack(shipped("manifest.json", "unet.params"), folder).orElseThrow();

    assertThat(unpacked).isEqualTo(folder);
    assertThat(folder.resolve("manifest.json")).hasContent("content of manifest.json");
    assertThat(folder.resolve("unet.params")).hasContent("content of unet.params");
    try (var files = Files.list(folder)) {
      assertThat(files).hasSize(2); // no temporary file left
    }
  }

  @Test
  void aBuildWithoutAModelShipsNone() throws Exception {
    assertThat(EmbeddedModel.unpack(List.of(), temp.resolve("m"))).isEmpty();
    assertThat(EmbeddedModel.unpack(shipped("README.md"), temp.resolve("m"))).isEmpty();
    assertThat(temp.resolve("m")).doesNotExist();
  }

  @Test
  void filesAlreadyUnpackedWithTheSameBytesAreLeftAloneAndChangedOnesReplaced() throws Exception {
    Path folder = temp.resolve("data/model");
    List<URL> entries = shipped("manifest.json", "unet.params");
    EmbeddedModel.unpack(entries, folder);
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(folder.resolve("manifest.json"), old);
    Files.writeString(folder.resolve("unet.params"), "stale weights");

    EmbeddedModel.unpack(entries, folder);

    assertThat(Files.getLastModifiedTime(folder.resolve("manifest.json"))).isEqualTo(old);
    assertThat(folder.resolve("unet.params")).hasContent("content of unet.params");
  }
}
