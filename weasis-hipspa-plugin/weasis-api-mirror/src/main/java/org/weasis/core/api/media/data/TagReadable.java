package org.weasis.core.api.media.data;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.TagReadable}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/TagReadable.java): anything whose tags can be read.
 */
public interface TagReadable {

  Object getTagValue(TagW tag);
}
