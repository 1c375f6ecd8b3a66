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
 * Dice_s = (2 * sum(p*y) + 1) / (sum(p) + sum(y) + 1),  p = sigmoid(x), sums over batch and pixels of structure s
 * loss = BCE + mean over structures of (1 - Dice_s)
 * </pre>
 *
 * The +1 keeps the Dice term defined (and 1) for a batch where a structure is absent and predicted absent.
 */
public final class DiceBceLoss extends Loss {
  private static final int[] BATCH_AND_PIXELS = {0, 2, 3};

  public DiceBceLoss() {
    super("DiceBce");
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray x = predictions.singletonOrThrow();
    NDArray y = labels.singletonOrThrow();
    NDArray bce = x.maximum(0f).sub(x.mul(y)).add(x.abs().neg().exp().add(1f).log()).mean();
    NDArray p = Activation.sigmoid(x);
    NDArray intersection = p.mul(y).sum(BATCH_AND_PIXELS);
    NDArray sizes = p.sum(BATCH_AND_PIXELS).add(y.sum(BATCH_AND_PIXELS));
    NDArray dice = intersection.mul(2f).add(1f).div(sizes.add(1f));
    return bce.add(dice.neg().add(1f).mean());
  }
}
