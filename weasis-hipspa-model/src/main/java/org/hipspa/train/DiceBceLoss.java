package org.hipspa.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.loss.Loss;

/**
 * Binary cross-entropy plus soft Dice loss, per structure, on the network's logits x and 0/1 labels y
 * of shape (N, structures, H, W):
 *
 * <pre>
 * BCE  = mean over all elements of  max(x, 0) - x*y + log(1 + exp(-|x|))     (stable BCE with logits)
 * Dice = (2 * sum(p*y) + 1) / (sum(p) + sum(y) + 1),  p = sigmoid(x)
 * loss = BCE + mean of (1 - Dice)
 * </pre>
 *
 * The Dice sums run either over the whole batch's pixels of a structure (one Dice per structure; nnU-Net's
 * "batch Dice"), or over each crop's pixels (one Dice per crop and structure). Pooled over the batch, a crop
 * weighs as much as its structure's area, so a cap of a few pixels at a femoral head's pole weighs almost
 * nothing; per crop, every crop weighs the same, as every slice does in the per-slice Dice we report. The +1
 * keeps a Dice defined (and 1) where a structure is absent and predicted absent.
 */
public final class DiceBceLoss extends Loss {
  private static final int[] BATCH_AND_PIXELS = {0, 2, 3};
  private static final int[] PIXELS = {2, 3};

  private final int[] diceAxes;

  private DiceBceLoss(String name, int[] diceAxes) {
    super(name);
    this.diceAxes = diceAxes;
  }

  /** The loss a training of these settings minimises. */
  public static DiceBceLoss of(TrainingSettings settings) {
    return settings.dicePerCrop() ? perCrop() : pooledOverBatch();
  }

  public static DiceBceLoss pooledOverBatch() {
    return new DiceBceLoss("DiceBce", BATCH_AND_PIXELS);
  }

  public static DiceBceLoss perCrop() {
    return new DiceBceLoss("DiceBcePerCrop", PIXELS);
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray x = predictions.singletonOrThrow();
    NDArray y = labels.singletonOrThrow();
    NDArray bce = x.maximum(0f).sub(x.mul(y)).add(x.abs().neg().exp().add(1f).log()).mean();
    NDArray p = Activation.sigmoid(x);
    NDArray intersection = p.mul(y).sum(diceAxes);
    NDArray sizes = p.sum(diceAxes).add(y.sum(diceAxes));
    NDArray dice = intersection.mul(2f).add(1f).div(sizes.add(1f));
    return bce.add(dice.neg().add(1f).mean());
  }
}
