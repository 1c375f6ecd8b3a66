package org.hipspa.train;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shows the femoral head's thin end sections more often: each epoch, a training crop whose true head
 * section is non-empty and smaller than {@code fraction} of the largest head section of its series and
 * hip is put into the epoch's order {@code times} times instead of once, each copy with its own
 * augmentation draws. {@code times} 1 is off, the shipped recipe. Validation and test crops are never
 * repeated.
 */
public record ThinSectionRepeats(int times, double fraction) {
  public static final double DEFAULT_FRACTION = 0.25;
  public static final ThinSectionRepeats OFF = new ThinSectionRepeats(1, DEFAULT_FRACTION);

  public ThinSectionRepeats {
    if (times < 1) {
      throw new IllegalArgumentException("thin-section repeats must be 1 (off) or more: " + times);
    }
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("thin-section fraction must be in (0, 1]: " + fraction);
    }
  }

  public boolean isOn() {
    return times > 1;
  }

  /** The fraction as a percentage for people: "25", "12.5". */
  public String fractionPercent() {
    return BigDecimal.valueOf(100 * fraction).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
