package org.hipspa.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.FloatImage;
import org.hipspa.net.CropContract;
import org.hipspa.net.IntensityNormalisation;
import org.hipspa.segment.Structure;

/**
 * A crop ready for the network: intensities normalised with its series' scale, every channel on the
 * same scale (channel-major, then row-major), and the ground truth as one 0/1 plane per structure
 * (structure-major, then row-major), the layouts of the network's input and output.
 */
record PreparedCrop(CropSample sample, float[] image, float[] labels) {

  int channels() {
    return sample.channels();
  }

  /**
   * Normalises every crop with the scale of its own series, computed once from all the series' crops (their centre
   * channels: the series' own slices, each once, as at inference).
   */
  static List<PreparedCrop> prepare(List<CropSample> samples, IntensityNormalisation normalisation) {
    Map<String, List<FloatImage>> bySeries = new LinkedHashMap<>();
    for (CropSample s : samples) {
      bySeries.computeIfAbsent(s.seriesId(), k -> new ArrayList<>()).add(s.centre());
    }
    Map<String, Float> scales = new LinkedHashMap<>();
    bySeries.forEach((series, images) -> scales.put(series, normalisation.scaleFor(images)));
    List<PreparedCrop> prepared = new ArrayList<>(samples.size());
    for (CropSample s : samples) {
      float[] image = new float[s.channels() * CropContract.PIXELS];
      for (int c = 0; c < s.channels(); c++) {
        normalisation.apply(s.input().channel(c), scales.get(s.seriesId()), image, c * CropContract.PIXELS);
      }
      float[] labels = new float[Structure.count() * CropContract.PIXELS];
      for (Structure st : Structure.values()) {
        int offset = st.channel() * CropContract.PIXELS;
        for (int y = 0; y < CropContract.HEIGHT; y++) {
          for (int x = 0; x < CropContract.WIDTH; x++) {
            if (s.mask(st).get(x, y)) {
              labels[offset + y * CropContract.WIDTH + x] = 1f;
            }
          }
        }
      }
      prepared.add(new PreparedCrop(s, image, labels));
    }
    return prepared;
  }
}
