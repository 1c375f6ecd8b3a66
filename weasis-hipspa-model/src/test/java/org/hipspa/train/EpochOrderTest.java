package org.hipspa.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hipspa.image.BinaryMask;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.segment.HipSide;
import org.junit.jupiter.api.Test;

class EpochOrderTest {
  private static final ThinSectionRepeats THREE_TIMES = new ThinSectionRepeats(3, 0.25);

  @Test
  void withTheSettingOffTheOrderAndEveryLaterDrawAreThoseOfThePresentShuffle() {
    List<CropSample> crops = oneHip("s1", "right", 1000, 600, 100, 40, 0, 900, 30, 0);
    for (long seed : new long[] {1, 7, 42}) {
      for (int epoch = 1; epoch <= 5; epoch++) {
        Random ours = new Random(seed * 1_000_003L + epoch);
        Random present = new Random(seed * 1_000_003L + epoch);

        List<Integer> order = EpochOrder.of(crops, ThinSectionRepeats.OFF).shuffled(ours);

        assertThat(order).isEqualTo(presentOrder(crops.size(), present));
        assertThat(ours.nextLong()).as("the augmentation draws that follow").isEqualTo(present.nextLong());
      }
    }
  }

  @Test
  void withThreeRepeatsAThinCropIsShownThreeTimesAndAFullOrHeadFreeCropOnce() {
    // Largest 1000: 100 (10 %) and 40 are thin; 250 (exactly 25 %) is not; 0 has no head.
    List<CropSample> crops = oneHip("s1", "right", 1000, 600, 250, 100, 40, 0);

    EpochOrder order = EpochOrder.of(crops, THREE_TIMES);
    List<Integer> shuffled = order.shuffled(new Random(3));

    assertThat(timesIn(shuffled, crops.size())).containsExactly(1, 1, 1, 3, 3, 1);
    assertThat(order.thinCrops()).isEqualTo(2);
    assertThat(order.cropsPerEpoch()).isEqualTo(10).isEqualTo(shuffled.size());
    assertThat(order.summary()).isEqualTo(
        "2 thin-section crops (head section under 25 % of its hip's largest) shown 3 times per epoch: 6 -> 10 crops per epoch");
  }

  @Test
  void eachCropIsMeasuredAgainstTheLargestSectionOfItsOwnSeriesAndHip() {
    List<CropSample> crops = new ArrayList<>();
    crops.addAll(oneHip("A", "right", 1000, 200)); // 200 is 20 % of the right hip: thin
    crops.addAll(oneHip("A", "left", 100, 50)); // 50 is 50 % of the left hip, though 5 % of the right
    crops.addAll(oneHip("B", "right", 200, 100)); // another series: 50 % of its own 200, not of A's 1000

    EpochOrder order = EpochOrder.of(crops, THREE_TIMES);

    assertThat(timesShown(order)).containsExactly(1, 3, 1, 1, 1, 1);
  }

  @Test
  void cropsWhoseLabelNamesNoSideAreGroupedByTheirSeries() {
    List<CropSample> crops = List.of(crop("A", "slice 1", 1000), crop("A", "slice 2", 200), crop("B", "slice 1", 200), crop("B", "slice 2", 100));

    EpochOrder order = EpochOrder.of(crops, THREE_TIMES);

    assertThat(timesShown(order)).containsExactly(1, 3, 1, 1);
    assertThat(order.summary()).endsWith("(4 crops' labels name no hip side: grouped by series)");
  }

  @Test
  void theSideIsReadFromTheLastWordOfTheLabel() {
    assertThat(ThinSections.sideOf("phantom-0001 slice 3 right")).contains(HipSide.RIGHT);
    assertThat(ThinSections.sideOf("p1_s3_LEFT")).contains(HipSide.LEFT);
    assertThat(ThinSections.sideOf("left")).contains(HipSide.LEFT);
    assertThat(ThinSections.sideOf("slice 3")).isEmpty();
    assertThat(ThinSections.sideOf("slice 3 bright")).isEmpty();
    assertThat(ThinSections.sideOf("right hip slice 3")).isEmpty();
  }

  @Test
  void phantomCropsAreGroupedByHipAndTheirThinCropsAreTheEndsOfEachHead() {
    List<CropSample> crops = new PhantomCropSource(1, 7, 25, org.hipspa.locate.CropSpec.PAPER, (n, total) -> {}).crops();

    EpochOrder order = EpochOrder.of(crops, THREE_TIMES);

    System.out.println("one phantom patient: " + order.summary());
    assertThat(order.summary()).doesNotContain("no hip side");
    for (HipSide side : HipSide.values()) {
      List<Integer> hip = new ArrayList<>();
      for (int i = 0; i < crops.size(); i++) {
        if (ThinSections.sideOf(crops.get(i).label()).orElseThrow() == side) {
          hip.add(i);
        }
      }
      // Slices run front to back through the head: thin ones lie outside the run of full ones, never inside it.
      List<Integer> full = hip.stream().filter(i -> order.timesShown(i) == 1 && !crops.get(i).mask(org.hipspa.segment.Structure.FEMORAL_HEAD).isEmpty()).toList();
      List<Integer> thin = hip.stream().filter(i -> order.timesShown(i) == 3).toList();
      assertThat(thin).as(side + " hip thin crops").isNotEmpty();
      assertThat(thin).allMatch(i -> i < full.get(0) || i > full.get(full.size() - 1));
    }
  }

  @Test
  void theOrderOfAnEpochIsTheSameInAResumedRunAsInAnUninterruptedOne() {
    List<CropSample> crops = oneHip("s1", "left", 1000, 800, 90, 20, 0, 500);
    long seed = 9;
    // Uninterrupted: one order builder, epochs 1 to 4 in turn.
    EpochOrder running = EpochOrder.of(crops, THREE_TIMES);
    List<List<Integer>> straight = new ArrayList<>();
    for (int epoch = 1; epoch <= 4; epoch++) {
      straight.add(running.shuffled(new Random(seed * 1_000_003L + epoch)));
    }
    // Resumed after epoch 2 in a new process: a new builder from the same crops.
    EpochOrder resumed = EpochOrder.of(List.copyOf(crops), THREE_TIMES);

    assertThat(resumed.shuffled(new Random(seed * 1_000_003L + 3))).isEqualTo(straight.get(2));
    assertThat(resumed.shuffled(new Random(seed * 1_000_003L + 4))).isEqualTo(straight.get(3));
    assertThat(straight.get(2)).isNotEqualTo(straight.get(3));
  }

  /** The epoch order exactly as UNetTraining built it before thin-section repeats existed. */
  private static List<Integer> presentOrder(int crops, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < crops; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    return order;
  }

  private static List<Integer> timesIn(List<Integer> order, int crops) {
    List<Integer> times = new ArrayList<>(Collections.nCopies(crops, 0));
    order.forEach(i -> times.set(i, times.get(i) + 1));
    return times;
  }

  private static List<Integer> timesShown(EpochOrder order) {
    List<Integer> times = new ArrayList<>();
    for (int i = 0; i < order.crops(); i++) {
      times.add(order.timesShown(i));
    }
    return times;
  }

  private static List<CropSample> oneHip(String series, String side, int... headPixels) {
    List<CropSample> crops = new ArrayList<>();
    for (int i = 0; i < headPixels.length; i++) {
      crops.add(crop(series, "slice " + (i + 1) + " " + side, headPixels[i]));
    }
    return crops;
  }

  /** A crop whose true head section is {@code headPixels} pixels (the image is irrelevant to the order). */
  static CropSample crop(String series, String label, int headPixels) {
    BinaryMask head = new BinaryMask(CropContract.WIDTH, CropContract.HEIGHT);
    for (int i = 0; i < headPixels; i++) {
      head.set(i % CropContract.WIDTH, i / CropContract.WIDTH, true);
    }
    BinaryMask none = new BinaryMask(CropContract.WIDTH, CropContract.HEIGHT);
    return new CropSample("patient-" + series, series, label, new FloatImage(CropContract.WIDTH, CropContract.HEIGHT, new float[CropContract.PIXELS]),
        head, none, none.copy());
  }
}
