package org.hipspa.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hipspa} command line: one subcommand per job, all calling the same pipeline. */
@Command(
    name = "hipspa",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds hip inflammation in spondyloarthritis on coronal STIR MRI.",
    subcommands = {CommandLine.HelpCommand.class, SeriesCommand.class, AnalyzeCommand.class, DemoCommand.class,
      PhantomCommand.class, TrainCommand.class, ValidateCommand.class, BenchCommand.class})
public final class HipspaCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // Library progress chatter (engine threads, model loading) is for maintainers, not for the terminal.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    // DJL probes for CUDA on every engine start; a workstation without a GPU is the normal case here.
    if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
    }
    System.exit(commandLine(CommandExtension.installed()).execute(args));
  }

  /** The command line with the subcommands of these extensions (the viewer's {@code view}) added to ours. */
  public static CommandLine commandLine(List<CommandExtension> extensions) {
    CommandLine cli = new CommandLine(new HipspaCommand());
    for (CommandExtension extension : extensions) {
      extension.subcommands().forEach(cli::addSubcommand);
    }
    return cli;
  }
}
