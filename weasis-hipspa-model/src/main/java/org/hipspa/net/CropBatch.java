package org.hipspa.net;

import java.util.List;
import org.hipspa.image.FloatImage;

/** Crops of one series fed to the network together, with the series' intensity scale. */
public record CropBatch(List<FloatImage> crops, float seriesScale) {
  public CropBatch {
    crops = List.copyOf(crops);
    for (FloatImage c : crops) {
      if (c.width() != CropContract.WIDTH || c.height() != CropContract.HEIGHT) {
        throw new IllegalArgumentException("crop of " + c.width() + "x" + c.height() + ", the network needs "
            + CropContract.WIDTH + "x" + CropContract.HEIGHT);
      }
    }
  }
}
