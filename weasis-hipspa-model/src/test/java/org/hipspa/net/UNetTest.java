package org.hipspa.net;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.nn.Parameter;
import org.junit.jupiter.api.Test;

class UNetTest {

  @Test
  void aCropGivesOneLogitMapPerStructureAtFullResolution() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet net = UNet.builder().optBaseWidth(4).optDepth(3).build();
      net.initialize(manager, DataType.FLOAT32, new Shape(2, 1, 160, 128));
      NDArray input = manager.randomNormal(new Shape(2, 1, 160, 128));
      NDArray output = net.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow();
      assertThat(output.getShape()).isEqualTo(new Shape(2, 3, 160, 128));
    }
  }

  @Test
  void theParameterCountFromTheArchitectureMatchesTheBuiltNetwork() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet net = UNet.of(UNetSettings.defaults());
      net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 160, 128));
      long built = 0;
      for (Pair<String, Parameter> p : net.getParameters()) {
        built += p.getValue().getArray().size();
      }
      // BatchNorm's running mean and variance are parameters in DJL but not learned.
      long runningStats = 0;
      for (Pair<String, Parameter> p : net.getParameters()) {
        if (p.getValue().getType() == Parameter.Type.RUNNING_MEAN || p.getValue().getType() == Parameter.Type.RUNNING_VAR) {
          runningStats += p.getValue().getArray().size();
        }
      }
      assertThat(built - runningStats).isEqualTo(UNetCost.parameters(UNetSettings.defaults()));
      // METHOD.md: base 16, depth 4 is 1.9 M parameters and 1.88 GFLOP per 128x160 crop.
      assertThat(UNetCost.parameters(UNetSettings.defaults()) / 1e6).isBetween(1.85, 1.95);
      assertThat(UNetCost.forwardFlops(UNetSettings.defaults(), 160, 128) / 1e9).isBetween(1.85, 1.91);
    }
  }
}
