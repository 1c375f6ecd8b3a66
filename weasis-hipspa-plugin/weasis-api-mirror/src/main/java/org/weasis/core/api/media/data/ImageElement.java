package org.weasis.core.api.media.data;

import org.weasis.opencv.data.PlanarImage;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.ImageElement}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/ImageElement.java). The plugin uses {@link #getImage()},
 * which in Weasis decodes (or takes from its cache) the stored pixel values and may block while the file loads: never
 * call it on the Swing event thread. The constructor is the mirror's own, for tests.
 */
public class ImageElement extends MediaElement {

  private final PlanarImage image;

  protected ImageElement(Object key, PlanarImage image) {
    super(key);
    this.image = image;
  }

  public PlanarImage getImage() {
    return image;
  }
}
