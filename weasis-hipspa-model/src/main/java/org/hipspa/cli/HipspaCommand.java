package org.hipspa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hipspa} command line: one subcommand per job, all calling the same pipeline. */
@Command(
    name = "hipspa",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds hip inflammation in spondyloarthritis on coronal STIR MRI.",
    subcommands = {CommandLine.HelpCommand.class, SeriesCommand.class, PhantomCommand.class, TrainCommand.class,
      BenchCommand.class})
public final class HipspaCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new HipspaCommand()).execute(args));
  }
}
