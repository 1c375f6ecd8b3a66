package org.hipspa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandExtensionTest {

  @Command(name = "greet", description = "Says hello.")
  static final class GreetCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().getOut().print("hello");
    }
  }

  /** An extension that adds one command and writes down what it was asked to show. */
  static final class RecordingExtension implements CommandExtension {
    final List<String> shown = new ArrayList<>();
    final boolean shows;

    RecordingExtension(boolean shows) {
      this.shows = shows;
    }

    @Override
    public List<Object> subcommands() {
      return List.of(new GreetCommand());
    }

    @Override
    public boolean show(Path study, Path result) {
      shown.add(study.getFileName() + " + " + result.getFileName());
      return shows;
    }
  }

  @Test
  void anExtensionsSubcommandRunsAsPartOfHipspa() {
    CommandLine cli = HipspaCommand.commandLine(List.of(new RecordingExtension(true)));
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));

    int exit = cli.execute("greet");

    assertThat(exit).isZero();
    assertThat(out).hasToString("hello");
    assertThat(cli.getSubcommands()).containsKeys("analyze", "demo", "greet");
  }

  @Test
  void withoutExtensionsHipspaHasOnlyItsOwnCommands() {
    assertThat(HipspaCommand.commandLine(List.of()).getSubcommands()).doesNotContainKey("view").doesNotContainKey("greet");
    // The model module itself registers no extension: the viewer's jar brings "view".
    assertThat(CommandExtension.installed()).isEmpty();
  }

  @Test
  void theDemoShowsItsResultInTheFirstViewerThatShowsIt() {
    RecordingExtension declines = new RecordingExtension(false);
    RecordingExtension viewer = new RecordingExtension(true);
    RecordingExtension never = new RecordingExtension(true);

    boolean shown = DemoCommand.view(List.of(declines, viewer, never), false, Path.of("demo", "phantom-patient"),
        Path.of("demo", "result"));

    assertThat(shown).isTrue();
    assertThat(declines.shown).containsExactly("phantom-patient + result");
    assertThat(viewer.shown).containsExactly("phantom-patient + result");
    assertThat(never.shown).isEmpty();
  }

  @Test
  void theDemoShowsNothingWithoutADisplay() {
    RecordingExtension viewer = new RecordingExtension(true);

    assertThat(DemoCommand.view(List.of(viewer), true, Path.of("p"), Path.of("r"))).isFalse();
    assertThat(viewer.shown).isEmpty();
  }
}
