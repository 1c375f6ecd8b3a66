package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hipspa.testing.ShippedModel;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {

  @Test
  void printsTheDiceTableTheSectionSizeSplitAndTheRankCorrelationForHeldOutPhantoms() throws Exception {
    CommandLine cli = new CommandLine(new HipspaCommand());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));

    int exit = cli.execute("validate", "--model", ShippedModel.folder().toString(), "--phantom-patients", "3",
        "--phantom-seed", "99");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("Held-out synthetic phantom patients: 3 (cohort seed 99)")
        .containsPattern("\\| Femoral head \\| 0\\.\\d{3} \\|")
        .containsPattern("Dice, 95 % interval over patients \\(bootstrap of the 3 patients, 2000 resamples\\):"
            + " femoral head 0\\.\\d{3}-[01]\\.\\d{3}; bone marrow edema [01]\\.\\d{3}-[01]\\.\\d{3};"
            + " effusion/synovitis [01]\\.\\d{3}-[01]\\.\\d{3}\\.")
        .contains("| true section | slices | Dice |", "| 50-100 % |")
        .containsPattern("Femoral head drawn on \\d+ slices \\(per hip\\) where the truth has none; missed on \\d+ where it has one\\.")
        .containsPattern("Femoral head Dice per patient: 1: 0\\.\\d{3}, 2: 0\\.\\d{3}, 3: 0\\.\\d{3}\\.")
        .containsPattern("Spearman rank correlation of the UNet-score with the true UNet-score: [-0-9.]+")
        .contains("of 6 hips.");
  }
}
