package org.hipspa.net;

import java.util.List;

/** Crops of one series fed to the network together, all with the same channels, with the series' intensity scale. */
public record CropBatch(List<CropStack> crops, float seriesScale) {
  public CropBatch {
    crops = List.copyOf(crops);
    for (CropStack c : crops) {
      if (c.width() != CropContract.WIDTH || c.height() != CropContract.HEIGHT) {
        throw new IllegalArgumentException("crop of " + c.width() + "x" + c.height() + ", the network needs "
            + CropContract.WIDTH + "x" + CropContract.HEIGHT);
      }
      if (c.count() != crops.get(0).count()) {
        throw new IllegalArgumentException("crops of one batch have " + c.count() + " and " + crops.get(0).count() + " channels");
      }
    }
  }

  /** Input channels per crop (0 for an empty batch). */
  public int channels() {
    return crops.isEmpty() ? 0 : crops.get(0).count();
  }
}
