package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackage;
import org.hipspa.train.CropFolder;
import org.hipspa.train.ThinSectionRepeats;
import org.hipspa.train.ToyCrops;
import org.hipspa.train.TrainingSettings;
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
    Printed run = train("--data", data.toString(), "--out", out.toString(),
          "--folds", "2", "--epochs", "1", "--base", "2", "--depth", "2", "--batch", "4");
    int exit = run.exit();
    String text = run.text();
    assertThat(exit).isZero();
    assertThat(text).contains("fold 1/2 epoch 1/1", "fold 2/2 test Dice", "final epoch 1/1", "left in this training");
    assertThat(Files.readString(out.resolve("cv.md"))).contains("| mean | Femoral head |");
    ModelManifest manifest = ModelPackage.open(out.resolve("model")).manifest();
    assertThat(manifest.crossValidation().folds()).isEqualTo(2);
    assertThat(manifest.crossValidation().mean()).containsKeys("femoral-head", "bme", "effusion");
    assertThat(manifest.training().cohortPatients()).isEqualTo(6);
    assertThat(manifest.training().command()).startsWith("hipspa train --data ");
    assertThat(manifest.architecture().baseWidth()).isEqualTo(2);
    assertThat(manifest.training().settings()).doesNotContainKeys("thinSectionRepeats", "thinSectionFraction");
    assertThat(text).doesNotContain("thin");
  }

  @Test
  void withThinSectionRepeatsEachTrainingSaysWhatItRepeatsAndTheManifestRecordsTheSetting() throws Exception {
    Path data = temp.resolve("crops");
    CropFolder.write(ToyCrops.make(3, 3, 12), data);
    Path out = temp.resolve("out");
    Printed run = train("--data", data.toString(), "--out", out.toString(),
          "--folds", "0", "--epochs", "1", "--base", "2", "--depth", "2", "--batch", "4", "--thin-section-repeats", "2");
    int exit = run.exit();
    String text = run.text();
    assertThat(exit).isZero();
    assertThat(text).contains("Thin femoral head sections (under 25 % of their hip's largest) are shown 2 times per epoch; validation and test crops once.",
        "final: 0 thin-section crops (head section under 25 % of its hip's largest) shown 2 times per epoch: 6 -> 6 crops per epoch");
    ModelManifest manifest = ModelPackage.open(out.resolve("model")).manifest();
    assertThat(manifest.training().settings()).containsEntry("thinSectionFraction", 0.25);
    assertThat(((Number) manifest.training().settings().get("thinSectionRepeats")).intValue()).isEqualTo(2);
  }

  @Test
  void thinSectionRepeatsAreOffUnlessAskedForAndTheOptionsSetThem() throws Exception {
    TrainCommand plain = parse("train", "--phantom-patients", "2", "--out", temp.resolve("a").toString());
    TrainCommand thin = parse("train", "--phantom-patients", "2", "--out", temp.resolve("b").toString(),
        "--thin-section-repeats", "3", "--thin-section-fraction", "0.2");

    assertThat(plain.settings()).isEqualTo(new TrainingSettings(16, 4, 40, 8, 1e-3f, 8, 1L, true, 0.15));
    assertThat(plain.settings().thinSections()).isEqualTo(ThinSectionRepeats.OFF);
    assertThat(thin.settings().thinSections()).isEqualTo(new ThinSectionRepeats(3, 0.2));
  }

  @Test
  void aThinSectionRepeatOfZeroIsRefusedBeforeAnyCropIsMade() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit;
    try {
      System.setErr(new PrintStream(printed, true));
      exit = new CommandLine(new HipspaCommand()).execute("train", "--phantom-patients", "1", "--out", temp.resolve("c").toString(),
          "--thin-section-repeats", "0");
    } finally {
      System.setErr(stderr);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(printed.toString().trim()).isEqualTo(
        "--thin-section-repeats must be 1 (off) or more, not 0: give how many times a thin crop is shown per epoch.");
    assertThat(temp.resolve("c")).doesNotExist();
  }

  @Test
  void withContextSlicesTheFinalModelTakesThreeChannelsAndItsManifestSaysSo() throws Exception {
    Path out = temp.resolve("context");
    Printed run = train("--phantom-patients", "2", "--out", out.toString(), "--folds", "0", "--epochs", "1",
        "--base", "2", "--depth", "2", "--batch", "8", "--context-slices", "1", "--no-augment");
    assertThat(run.exit()).isZero();
    assertThat(run.text()).contains("Each crop holds its slice and 1 neighbouring slices on each side: 3 input channels.", "final epoch 1/1");
    ModelManifest manifest = ModelPackage.open(out.resolve("model")).manifest();
    assertThat(manifest.input().channels()).isEqualTo(3);
    assertThat(((Number) manifest.training().settings().get("contextSlices")).intValue()).isEqualTo(1);
    assertThat(manifest.training().command()).contains("--context-slices 1");
    assertThat(manifest.training().data()).endsWith("with 1 neighbouring slices on each side");
    try (org.hipspa.net.Segmenter segmenter = org.hipspa.net.Segmenter.open(out.resolve("model"), 4)) {
      segmenter.warmUp();
      assertThat(segmenter.inputChannels()).isEqualTo(3);
    }
  }

  @Test
  void theLossPoolsItsDiceOverTheBatchUnlessAPerCropDiceIsAskedFor() throws Exception {
    TrainCommand plain = parse("train", "--phantom-patients", "2", "--out", temp.resolve("a").toString());
    TrainCommand perCrop = parse("train", "--phantom-patients", "2", "--out", temp.resolve("b").toString(), "--dice-per-crop");

    assertThat(plain.settings().dicePerCrop()).isFalse();
    assertThat(perCrop.settings()).isEqualTo(plain.settings().withDicePerCrop(true));
  }

  @Test
  void contextSlicesAreOffUnlessAskedForAndTheOptionSetsThem() throws Exception {
    TrainCommand plain = parse("train", "--phantom-patients", "2", "--out", temp.resolve("a").toString());
    TrainCommand context = parse("train", "--phantom-patients", "2", "--out", temp.resolve("b").toString(), "--context-slices", "2");

    assertThat(plain.settings().contextSlices()).isZero();
    assertThat(plain.settings().asMap()).doesNotContainKey("contextSlices");
    assertThat(context.settings().contextSlices()).isEqualTo(2);
    assertThat(context.settings().inputChannels()).isEqualTo(5);
  }

  @Test
  void contextSlicesWithACropFolderAreRefusedBeforeAnyTraining() throws Exception {
    Path data = temp.resolve("crops");
    CropFolder.write(ToyCrops.make(2, 2, 13), data);

    Printed refused = trainExpectingError("--data", data.toString(), "--out", temp.resolve("d").toString(), "--context-slices", "1");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.text().trim()).isEqualTo("--context-slices needs the neighbouring slices, which a crop folder (--data) does not hold:"
        + " train with --phantom-patients, or leave --context-slices at 0.");
    assertThat(temp.resolve("d")).doesNotExist();
  }

  @Test
  void aNegativeContextSliceCountIsRefused() {
    Printed refused = trainExpectingError("--phantom-patients", "1", "--out", temp.resolve("e").toString(), "--context-slices", "-1");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.text().trim()).isEqualTo(
        "--context-slices must be 0 (off) or more, not -1: give how many neighbouring slices on each side the network sees.");
    assertThat(temp.resolve("e")).doesNotExist();
  }

  /** Runs {@code hipspa train} with these arguments and returns its exit code and what it printed to standard error. */
  private static Printed trainExpectingError(String... args) {
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit;
    try {
      System.setErr(new PrintStream(printed, true));
      String[] all = new String[args.length + 1];
      all[0] = "train";
      System.arraycopy(args, 0, all, 1, args.length);
      exit = new CommandLine(new HipspaCommand()).execute(all);
    } finally {
      System.setErr(stderr);
    }
    return new Printed(exit, printed.toString());
  }

  private static TrainCommand parse(String... args) {
    CommandLine.ParseResult parsed = new CommandLine(new HipspaCommand()).parseArgs(args);
    return (TrainCommand) parsed.subcommand().commandSpec().userObject();
  }

  private record Printed(int exit, String text) {}

  /** Runs {@code hipspa train} with these arguments, capturing (and echoing) what it prints. */
  private static Printed train(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(printed, true));
      String[] all = new String[args.length + 1];
      all[0] = "train";
      System.arraycopy(args, 0, all, 1, args.length);
      exit = new CommandLine(new HipspaCommand()).execute(all);
    } finally {
      System.setOut(stdout);
    }
    String text = printed.toString();
    System.out.print(text);
    return new Printed(exit, text);
  }
}
