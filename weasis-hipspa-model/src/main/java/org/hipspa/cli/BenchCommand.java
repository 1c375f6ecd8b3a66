package org.hipspa.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hipspa.HipspaException;
import org.hipspa.bench.InferenceBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hipspa bench}: inference speed and memory of the U-Net in DJL, against PyTorch on the same machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times the U-Net: cold (fresh JVM) and warm, per 128x160 crop and per series of crops, peak memory,",
      "and the same network in PyTorch (Debian's python3-torch) with the same thread count; prints the",
      "DJL/PyTorch ratio and GFLOP/s against the network's FLOP count. Takes a few minutes; other load on",
      "the machine changes the figures."
    })
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--base", defaultValue = "16", description = "U-Net base width (default ${DEFAULT-VALUE}).")
  int base;

  @Option(names = "--depth", defaultValue = "4", description = "U-Net depth (default ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--context-slices", defaultValue = "0", description = {
      "Neighbouring slices on each side in the random-weights model's input: 2K+1 channels per crop, as",
      "hipspa train --context-slices K makes (default ${DEFAULT-VALUE}). A --model's manifest decides its own."})
  int contextSlices;

  @Option(names = "--batch", defaultValue = "8", description = "Crops per batch in a series (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--series", defaultValue = "40", description = "Crops in a series: 20 slices x 2 hips (default ${DEFAULT-VALUE}).")
  int seriesCrops;

  @Option(names = "--repeats", defaultValue = "20", description = "Warm repetitions per crop; a quarter of them per series (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--train-step", split = ",", description = "Also time one training step (batch 8) at these base widths, e.g. 16,32.")
  List<Integer> trainStepBases = List.of();

  @Option(names = "--python", defaultValue = "/usr/bin/python3", description = "Python with torch for the reference (default ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--model", description = {
      "Time this model folder (DJL or TorchScript weights) instead of random weights of --base, --depth and",
      "--context-slices; its manifest gives the width, depth and input channels for the FLOP count and PyTorch."})
  java.nio.file.Path model;

  @Option(names = "--no-cold", description = "Skip the fresh-JVM cold-start runs.")
  boolean noCold;

  @Override
  public Integer call() throws Exception {
    try {
      if (contextSlices < 0) {
        throw new HipspaException("--context-slices must be 0 (off) or more, not " + contextSlices + ": give how many neighbouring slices on each side the network sees.");
      }
      new InferenceBenchmark(new InferenceBenchmark.Settings(base, depth, contextSlices, batch, seriesCrops, repeats, trainStepBases, python, !noCold, model), System.out).run();
      return 0;
    } catch (HipspaException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
