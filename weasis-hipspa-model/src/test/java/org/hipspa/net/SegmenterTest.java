package org.hipspa.net;

import org.hipspa.segment.Structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hipspa.image.FloatImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmenterTest {
  @TempDir static Path temp;
  static Segmenter segmenter;
  static ExecutorService background;

  @BeforeAll
  static void openOnce() throws Exception {
    TestModels.writeRandom(UNetSettings.hipspa(2, 2), temp.resolve("model"));
    segmenter = Segmenter.open(temp.resolve("model"), 2);
    background = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void closeOnce() {
    background.shutdownNow();
    segmenter.close();
  }

  @Test
  void aSeriesIsSegmentedOnABackgroundThreadInBatchesWithProgress() throws Exception {
    List<CropStack> crops = crops(5);
    List<String> progress = new ArrayList<>();
    List<CropPrediction> predictions = background.submit(
        () -> segmenter.segmentSeries(crops, (done, total) -> progress.add(done + "/" + total), () -> false)).get();
    assertThat(progress).containsExactly("2/5", "4/5", "5/5");
    assertThat(predictions).hasSize(5);
    for (CropPrediction p : predictions) {
      for (Structure s : Structure.values()) {
        assertThat(p.probability(s).width()).isEqualTo(128);
        assertThat(p.probability(s).height()).isEqualTo(160);
        for (float v : p.probability(s).values()) {
          assertThat(v).isBetween(0f, 1f);
        }
      }
    }
  }

  @Test
  void theSameCropGivesTheSameAnswerFromAnyThreadAndAnyCall() throws Exception {
    List<CropStack> crops = crops(3);
    List<CropPrediction> here = segmenter.segmentSeries(crops);
    List<CropPrediction> there = background.submit(() -> segmenter.segmentSeries(crops)).get();
    assertThat(there.get(1).masks()).isEqualTo(here.get(1).masks());
  }

  @Test
  void twoThreadsCallingAtOnceBothGetTheirWholeAnswer() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<CropStack> first = crops(4);
      List<CropStack> second = crops(3);
      var a = two.submit(() -> segmenter.segmentSeries(first));
      var b = two.submit(() -> segmenter.segmentSeries(second));
      assertThat(a.get()).hasSize(4);
      assertThat(b.get()).hasSize(3);
      assertThat(b.get().get(2).masks()).isEqualTo(segmenter.segmentSeries(second).get(2).masks());
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void cancellingStopsBeforeTheNextBatch() {
    AtomicBoolean cancel = new AtomicBoolean();
    List<Integer> done = new ArrayList<>();
    assertThatThrownBy(() -> background.submit(() -> segmenter.segmentSeries(crops(6), (d, t) -> {
          done.add(d);
          cancel.set(true);
        }, cancel::get)).get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CancellationException.class);
    assertThat(done).containsExactly(2);
  }

  private static List<CropStack> crops(int n) {
    Random r = new Random(n);
    List<FloatImage> crops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] v = new float[CropContract.PIXELS];
      for (int k = 0; k < v.length; k++) {
        v[k] = 100 + 50 * (float) r.nextGaussian();
      }
      crops.add(new FloatImage(128, 160, v));
    }
    return CropStack.singles(crops);
  }
}
