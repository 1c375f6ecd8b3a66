package org.weasis.core.api.media.data;

import java.util.HashMap;
import java.util.Map;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.MediaElement}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/MediaElement.java): one image or frame with its tags.
 * The plugin uses {@link #getTagValue}, {@link #setTag} and {@link #getKey}; the constructor and the tag map are the
 * mirror's own, for tests (Weasis reads tags through its {@code MediaReader}).
 */
public abstract class MediaElement implements TagReadable {

  private final Object key;
  private final Map<TagW, Object> tags = new HashMap<>();

  protected MediaElement(Object key) {
    this.key = key;
  }

  /** The frame index inside a multi-frame file, or another key for a single image. */
  public Object getKey() {
    return key;
  }

  @Override
  public Object getTagValue(TagW tag) {
    return tags.get(tag);
  }

  public void setTag(TagW tag, Object value) {
    tags.put(tag, value);
  }
}
