package org.hipspa.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hipspa.net.CropStack;
import org.hipspa.net.Segmenter;

/**
 * Run in a fresh JVM by {@link InferenceBenchmark}: from nothing loaded to the first result of
 * N crops (engine start, model load and verification, first inference).
 * Arguments: MODEL CROPS BATCH [CHANNELS] (channels per crop, the model's input; 1 if left out).
 * Prints "engineAndLoadMs firstRunMs peakRssMb".
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Path model = Path.of(args[0]);
    int crops = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int channels = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    List<CropStack> series = SyntheticCrops.series(crops, channels);
    long start = System.nanoTime();
    try (Segmenter segmenter = Segmenter.open(model, batch)) {
      segmenter.warmUp();
      long loaded = System.nanoTime();
      segmenter.segmentSeries(series);
      long done = System.nanoTime();
      System.out.printf(Locale.ROOT, "%.1f %.1f %.1f%n", (loaded - start) / 1e6, (done - loaded) / 1e6, InferenceBenchmark.peakRssMb());
    }
  }
}
