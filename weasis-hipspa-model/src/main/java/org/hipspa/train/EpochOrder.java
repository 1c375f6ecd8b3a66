package org.hipspa.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Which training crops an epoch shows and how often: each once, or with {@link ThinSectionRepeats} on,
 * the thin-section crops ({@link ThinSections}) that many times. The epoch's order is the list
 * 0..n-1, then the extra copies, shuffled with the epoch's seeded Random; with nothing repeated that
 * is exactly the plain shuffle of 0..n-1 the recipe always used, so the default order, and every
 * augmentation draw after it, is unchanged, and a resumed run redraws the same order.
 */
public final class EpochOrder {
  private final int[] timesShown;
  private final ThinSectionRepeats setting;
  private final int thinCrops;
  private final int cropsWithoutSide;

  private EpochOrder(int[] timesShown, ThinSectionRepeats setting, int thinCrops, int cropsWithoutSide) {
    this.timesShown = timesShown;
    this.setting = setting;
    this.thinCrops = thinCrops;
    this.cropsWithoutSide = cropsWithoutSide;
  }

  /** The order for these training crops (never validation or test crops). */
  public static EpochOrder of(List<CropSample> trainingCrops, ThinSectionRepeats setting) {
    int[] times = new int[trainingCrops.size()];
    int thin = 0;
    int withoutSide = 0;
    boolean[] isThin = setting.isOn() ? ThinSections.thin(trainingCrops, setting.fraction()) : new boolean[times.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = isThin[i] ? setting.times() : 1;
      thin += isThin[i] ? 1 : 0;
      withoutSide += setting.isOn() && ThinSections.sideOf(trainingCrops.get(i).label()).isEmpty() ? 1 : 0;
    }
    return new EpochOrder(times, setting, thin, withoutSide);
  }

  /** Indices into the training crops in the order one epoch shows them; draws from {@code random} as the shuffle does. */
  List<Integer> shuffled(Random random) {
    List<Integer> order = new ArrayList<>(cropsPerEpoch());
    for (int i = 0; i < timesShown.length; i++) {
      order.add(i);
    }
    for (int i = 0; i < timesShown.length; i++) {
      for (int copy = 1; copy < timesShown[i]; copy++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, random);
    return order;
  }

  /** Whether thin-section repeats are on for this training (even if no crop turned out thin). */
  public boolean repeatsThinSections() {
    return setting.isOn();
  }

  public int crops() {
    return timesShown.length;
  }

  public int timesShown(int crop) {
    return timesShown[crop];
  }

  public int thinCrops() {
    return thinCrops;
  }

  public int cropsPerEpoch() {
    int n = 0;
    for (int t : timesShown) {
      n += t;
    }
    return n;
  }

  /** For the start of a training, e.g. "312 thin-section crops shown 3 times per epoch: 2,400 -> 3,024 crops per epoch". */
  public String summary() {
    if (!setting.isOn()) {
      return String.format(Locale.ROOT, "no crops repeated: %,d crops per epoch", crops());
    }
    String s = String.format(Locale.ROOT, "%,d thin-section crops (head section under %s %% of its hip's largest) shown %d times per epoch: %,d -> %,d crops per epoch",
        thinCrops, setting.fractionPercent(), setting.times(), crops(), cropsPerEpoch());
    if (cropsWithoutSide > 0) {
      s += String.format(Locale.ROOT, " (%,d crops' labels name no hip side: grouped by series)", cropsWithoutSide);
    }
    return s;
  }
}
