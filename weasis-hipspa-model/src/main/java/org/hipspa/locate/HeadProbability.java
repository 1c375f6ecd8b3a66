package org.hipspa.locate;

import java.util.List;
import org.hipspa.HipspaException;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropStack;
import org.hipspa.pipeline.CancelToken;

/** The network's femoral head probability map for each crop (of the network's input channels), in crop coordinates. */
@FunctionalInterface
public interface HeadProbability {
  List<FloatImage> of(List<CropStack> crops, CancelToken cancel) throws HipspaException;
}
