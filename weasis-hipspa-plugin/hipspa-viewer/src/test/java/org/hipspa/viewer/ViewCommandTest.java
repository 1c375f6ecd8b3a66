package org.hipspa.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.hipspa.cli.CommandExtension;
import org.hipspa.cli.HipspaCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ViewCommandTest {

  @Test
  void theViewerJarOnTheClassPathAddsViewToHipspa() {
    assertThat(CommandExtension.installed()).hasExactlyElementsOfTypes(ViewerExtension.class);

    CommandLine cli = HipspaCommand.commandLine(CommandExtension.installed());

    assertThat(cli.getSubcommands()).containsKeys("view", "analyze", "demo");
    assertThat(cli.getSubcommands().get("view").getUsageMessage()).contains("--result", "--series", "--model",
        "--analyse");
  }

  @Test
  void analyseAndResultTogetherAreRefusedInOneSentence() {
    CommandLine cli = HipspaCommand.commandLine(CommandExtension.installed());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("view", "some-folder", "--analyse", "--result", "some-seg.dcm");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().trim()).isEqualTo("--analyse and --result ask for opposite things; give one of them.");
  }

  @Test
  void withoutADisplayViewSaysWhatToDoInOneSentence() {
    CommandLine cli = HipspaCommand.commandLine(CommandExtension.installed());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("view", "some-folder");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().trim()).isEqualTo("hipspa view needs a display, and none is available; run it on a"
        + " desktop (or under xvfb-run), or use hipspa analyze for a report.");
  }
}
