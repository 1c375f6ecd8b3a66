package org.hipspa.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba) whose state can be saved in a checkpoint and restored, which DJL's own Adam
 * does not allow: per parameter the step count t and the moment estimates m and v.
 *
 * <pre>
 * m = b1*m + (1-b1)*g;  v = b2*v + (1-b2)*g^2;  w -= lr * sqrt(1-b2^t)/(1-b1^t) * m / (sqrt(v) + eps)
 * </pre>
 *
 * The update itself is the engine's fused Adam kernel, as in DJL's Adam. DJL gives each parameter a
 * random id per run, so the state is saved under the parameter's path in the block instead.
 */
public final class ResumableAdam extends Optimizer {
  private float learningRate;
  private final float beta1 = 0.9f;
  private final float beta2 = 0.999f;
  private final float epsilon = 1e-8f;
  private final Map<String, Integer> steps = new HashMap<>();
  private final Map<String, NDArray> means = new HashMap<>();
  private final Map<String, NDArray> variances = new HashMap<>();

  public ResumableAdam(float learningRate) {
    super(new Builder());
    this.learningRate = learningRate;
  }

  /** The rate for the next updates; training sets it each epoch from its schedule. */
  public void setLearningRate(float learningRate) {
    this.learningRate = learningRate;
  }

  @Override
  public void update(String parameterId, NDArray weight, NDArray grad) {
    int t = steps.merge(parameterId, 1, Integer::sum);
    float corrected = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
    NDArray m = means.computeIfAbsent(parameterId, k -> weight.zerosLike());
    NDArray v = variances.computeIfAbsent(parameterId, k -> weight.zerosLike());
    weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, m, v), new NDList(weight),
        learningRate, corrected, getWeightDecay(), rescaleGrad, clipGrad, beta1, beta2, epsilon, true, false);
  }

  /** Updates made so far (the most any parameter has had). */
  public int step() {
    return steps.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** Writes the state of every parameter of {@code block} that has been updated. */
  public void save(Block block, DataOutputStream out) throws IOException {
    int count = 0;
    for (Pair<String, Parameter> p : block.getParameters()) {
      if (steps.containsKey(p.getValue().getId())) {
        count++;
      }
    }
    out.writeInt(count);
    for (Pair<String, Parameter> p : block.getParameters()) {
      String id = p.getValue().getId();
      if (steps.containsKey(id)) {
        out.writeUTF(p.getKey());
        out.writeInt(steps.get(id));
        writeArray(means.get(id), out);
        writeArray(variances.get(id), out);
      }
    }
  }

  /** Restores state saved by {@link #save} onto the same architecture's parameters. */
  public void load(Block block, NDManager manager, DataInputStream in) throws IOException {
    Map<String, String> idByPath = new HashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      idByPath.put(p.getKey(), p.getValue().getId());
    }
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      String id = idByPath.get(in.readUTF());
      if (id == null) {
        throw new IOException("optimizer state for a parameter the network does not have");
      }
      steps.put(id, in.readInt());
      means.put(id, readArray(manager, in));
      variances.put(id, readArray(manager, in));
    }
  }

  private static void writeArray(NDArray array, DataOutputStream out) throws IOException {
    byte[] bytes = array.encode();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static NDArray readArray(NDManager manager, DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return NDArray.decode(manager, bytes);
  }

  private static final class Builder extends OptimizerBuilder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }
  }
}
