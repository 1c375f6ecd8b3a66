package org.hipspa.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropStack;
import org.hipspa.net.Segmenter;

/**
 * Run in a fresh JVM by {@link InferenceBenchmark}: from nothing loaded to the first result of
 * N crops (engine start, model load and verification, first inference). Prints
 * "engineAndLoadMs firstRunMs peakRssMb".
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Path model = Path.of(args[0]);
    int crops = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    List<FloatImage> series = new ArrayList<>();
    for (int i = 0; i < crops; i++) {
      series.add(InferenceBenchmark.syntheticCrop(i));
    }
    long start = System.nanoTime();
    try (Segmenter segmenter = Segmenter.open(model, batch)) {
      segmenter.warmUp();
      long loaded = System.nanoTime();
      segmenter.segmentSeries(CropStack.singles(series));
      long done = System.nanoTime();
      System.out.printf(Locale.ROOT, "%.1f %.1f %.1f%n", (loaded - start) / 1e6, (done - loaded) / 1e6, InferenceBenchmark.peakRssMb());
    }
  }
}
