package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackage;
import org.hipspa.train.CropFolder;
import org.hipspa.train.ToyCrops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
  @TempDir Path temp;

  @Test
  void trainCrossValidatesByPatientAndWritesAVerifiedModelWithTheCvTable() throws Exception {
    Path data = temp.resolve("crops");
    CropFolder.write(ToyCrops.make(6, 3, 11), data);
    Path out = temp.resolve("out");
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(printed, true));
      exit = new CommandLine(new HipspaCommand()).execute("train", "--data", data.toString(), "--out", out.toString(),
          "--folds", "2", "--epochs", "1", "--base", "2", "--depth", "2", "--batch", "4");
    } finally {
      System.setOut(stdout);
    }
    String text = printed.toString();
    System.out.print(text);
    assertThat(exit).isZero();
    assertThat(text).contains("fold 1/2 epoch 1/1", "fold 2/2 test Dice", "final epoch 1/1", "left in this training");
    assertThat(Files.readString(out.resolve("cv.md"))).contains("| mean | Femoral head |");
    ModelManifest manifest = ModelPackage.open(out.resolve("model")).manifest();
    assertThat(manifest.crossValidation().folds()).isEqualTo(2);
    assertThat(manifest.crossValidation().mean()).containsKeys("femoral-head", "bme", "effusion");
    assertThat(manifest.training().cohortPatients()).isEqualTo(6);
    assertThat(manifest.training().command()).startsWith("hipspa train --data ");
    assertThat(manifest.architecture().baseWidth()).isEqualTo(2);
  }
}
