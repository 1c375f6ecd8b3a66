package org.hipspa.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hipspa.image.BinaryMask;
import org.hipspa.segment.SliceSegmentation;
import org.hipspa.segment.Structure;
import org.hipspa.train.ConfusionCounts;
import org.hipspa.train.Dice;

/**
 * Dice of the prediction against the ground truth on one slice, per structure (both hips together), as METHOD.md
 * defines it: 2|A∩B| / (|A|+|B|) where the structure is in either mask. A structure absent from both masks has no
 * Dice: the slice is a correct empty prediction and says so, never 1.
 */
public record SliceDice(Structure structure, OptionalDouble dice) {

  public static List<SliceDice> of(SliceSegmentation predicted, SliceSegmentation truth) {
    List<SliceDice> all = new ArrayList<>();
    for (Structure structure : Structure.values()) {
      ConfusionCounts counts = ConfusionCounts.of(bothHips(predicted, structure), bothHips(truth, structure));
      all.add(new SliceDice(structure,
          counts.presentInEither() ? OptionalDouble.of(Dice.of(counts)) : OptionalDouble.empty()));
    }
    return all;
  }

  private static BinaryMask bothHips(SliceSegmentation slice, Structure structure) {
    return slice.right().get(structure).or(slice.left().get(structure));
  }

  public boolean emptyInBoth() {
    return dice.isEmpty();
  }

  /** For example "BME 0.82" or "effusion/synovitis: empty in both". */
  public String describe() {
    String name = structure.displayName();
    return dice.isPresent() ? String.format(Locale.ROOT, "%s %.2f", name, dice.getAsDouble())
        : Messages.get("dice.empty", name);
  }

  /** The line under the views: every structure's Dice on the slice shown. */
  public static String line(List<SliceDice> dice) {
    return Messages.get("dice.line", String.join(" · ", dice.stream().map(SliceDice::describe).toList()));
  }
}
