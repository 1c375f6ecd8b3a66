package org.hipspa.net;

import org.hipspa.segment.Structure;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's U-Net (Figure 2A, Supplementary Table S1): {@code depth} encoder levels of
 * {@link UNetBlocks#doubleConv} and 2x2 max pooling, a bottleneck, {@code depth} decoder levels of
 * {@link UNetBlocks#upsample2x}, skip concatenation and {@link UNetBlocks#doubleConv}, and a 1x1 head.
 * Input (N, inputChannels, H, W); output (N, outputs, H, W) logits, one sigmoid per structure.
 */
public final class UNet extends AbstractBlock {
  private static final byte VERSION = 1;

  private final UNetSettings settings;
  private final List<Block> encoders = new ArrayList<>();
  private final List<Block> upsamplers = new ArrayList<>();
  private final List<Block> decoders = new ArrayList<>();
  private final Block pool;
  private final Block bottleneck;
  private final Block head;

  private UNet(UNetSettings settings) {
    super(VERSION);
    this.settings = settings;
    int depth = settings.depth();
    for (int level = 0; level < depth; level++) {
      encoders.add(addChildBlock("encoder" + level, UNetBlocks.doubleConv(settings.widthAt(level))));
    }
    pool = addChildBlock("pool", UNetBlocks.maxPool2x2());
    bottleneck = addChildBlock("bottleneck", UNetBlocks.doubleConv(settings.widthAt(depth)));
    for (int level = depth - 1; level >= 0; level--) {
      upsamplers.add(0, addChildBlock("up" + level, UNetBlocks.upsample2x(settings.widthAt(level))));
      decoders.add(0, addChildBlock("decoder" + level, UNetBlocks.doubleConv(settings.widthAt(level))));
    }
    head = addChildBlock("head", UNetBlocks.head(settings.outputs()));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The U-Net with these settings, parameters not yet initialized. */
  public static UNet of(UNetSettings settings) {
    return new UNet(settings);
  }

  public UNetSettings settings() {
    return settings;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    List<NDArray> skips = new ArrayList<>();
    for (Block encoder : encoders) {
      x = encoder.forward(store, new NDList(x), training, params).singletonOrThrow();
      skips.add(x);
      x = pool.forward(store, new NDList(x), training, params).singletonOrThrow();
    }
    x = bottleneck.forward(store, new NDList(x), training, params).singletonOrThrow();
    for (int level = settings.depth() - 1; level >= 0; level--) {
      NDArray up = upsamplers.get(level).forward(store, new NDList(x), training, params).singletonOrThrow();
      NDArray joined = NDArrays.concat(new NDList(skips.get(level), up), 1);
      x = decoders.get(level).forward(store, new NDList(joined), training, params).singletonOrThrow();
    }
    return head.forward(store, new NDList(x), training, params);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), settings.outputs(), in.get(2), in.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    long n = in.get(0);
    long h = in.get(2);
    long w = in.get(3);
    long divisor = 1L << settings.depth();
    if (h % divisor != 0 || w % divisor != 0) {
      throw new IllegalArgumentException(
          "U-Net of depth " + settings.depth() + " needs height and width divisible by " + divisor + ": " + in);
    }
    Shape shape = in;
    for (int level = 0; level < settings.depth(); level++) {
      encoders.get(level).initialize(manager, dataType, shape);
      shape = new Shape(n, settings.widthAt(level), h >> level, w >> level);
      pool.initialize(manager, dataType, shape);
      shape = new Shape(n, settings.widthAt(level), h >> (level + 1), w >> (level + 1));
    }
    bottleneck.initialize(manager, dataType, shape);
    for (int level = settings.depth() - 1; level >= 0; level--) {
      long below = settings.widthAt(level + 1);
      upsamplers.get(level).initialize(manager, dataType, new Shape(n, below, h >> (level + 1), w >> (level + 1)));
      decoders.get(level).initialize(manager, dataType, new Shape(n, 2L * settings.widthAt(level), h >> level, w >> level));
    }
    head.initialize(manager, dataType, new Shape(n, settings.widthAt(0), h, w));
  }

  @Override
  public String toString() {
    return "UNet(base " + settings.baseWidth() + ", depth " + settings.depth() + ", outputs " + settings.outputs() + ")";
  }

  /** Builds a {@link UNet}; every setting has the HipSpA default. */
  public static final class Builder {
    private int baseWidth = UNetSettings.DEFAULT_BASE_WIDTH;
    private int depth = UNetSettings.DEFAULT_DEPTH;
    private int inputChannels = 1;
    private int outputs = Structure.count();

    Builder() {}

    public Builder optBaseWidth(int baseWidth) {
      this.baseWidth = baseWidth;
      return this;
    }

    public Builder optDepth(int depth) {
      this.depth = depth;
      return this;
    }

    public Builder optInputChannels(int inputChannels) {
      this.inputChannels = inputChannels;
      return this;
    }

    public Builder optOutputs(int outputs) {
      this.outputs = outputs;
      return this;
    }

    public UNet build() {
      return new UNet(new UNetSettings(baseWidth, depth, inputChannels, outputs));
    }
  }
}
