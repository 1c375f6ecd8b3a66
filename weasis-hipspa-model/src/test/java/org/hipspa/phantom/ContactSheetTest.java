package org.hipspa.phantom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
  @TempDir Path tmp;

  @Test
  void outlinesTheLesionsOfASickPatientAndNoneOfAHealthyOne() throws Exception {
    PhantomSettings s = PhantomSettings.defaults(11).withSlices(4, 6, 4).withDifficulty(Difficulty.EASY);
    BufferedImage sick = ContactSheet.render(new PhantomGenerator().generate(s.withSeverity(0.9)), 0.5, 2, true);
    BufferedImage healthy = ContactSheet.render(new PhantomGenerator().generate(s.withSeverity(0)), 0.5, 2, true);
    assertThat(sick.getWidth()).isEqualTo(8 + 2 * (256 + 8));
    assertThat(count(sick, ContactSheet.BME.getRGB())).isGreaterThan(20);
    assertThat(count(sick, ContactSheet.EFFUSION.getRGB())).isGreaterThan(20);
    assertThat(count(healthy, ContactSheet.BME.getRGB())).isZero();
    assertThat(count(healthy, ContactSheet.EFFUSION.getRGB())).isZero();
    assertThat(count(healthy, ContactSheet.RIGHT_HEAD.getRGB())).isGreaterThan(100);
    Path file = tmp.resolve("sheet.png");
    ContactSheet.write(sick, file);
    assertThat(Files.size(file)).isPositive();
  }

  /** Pixels of that colour in the grid of slices (above the legend). */
  private static int count(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight() - 28; y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (img.getRGB(x, y) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
