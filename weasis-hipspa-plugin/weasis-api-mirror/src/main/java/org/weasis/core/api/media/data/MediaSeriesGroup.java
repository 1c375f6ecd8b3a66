package org.weasis.core.api.media.data;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.MediaSeriesGroup}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/MediaSeriesGroup.java): a patient, study or series node
 * with tags. Weasis has {@code Tagable} between this and {@link TagReadable}; the plugin only reads tags.
 */
public interface MediaSeriesGroup extends TagReadable {}
