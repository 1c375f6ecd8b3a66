package org.weasis.core.api.media.data;

import java.util.Comparator;
import java.util.List;
import org.weasis.core.api.gui.util.Filter;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.media.data.MediaSeries}
 * (weasis-core/src/main/java/org/weasis/core/api/media/data/MediaSeries.java); only the members the plugin uses (and
 * {@code getTagValue}, from {@link MediaSeriesGroup}).
 *
 * @param <E> the media type, {@code DicomImageElement} in the DICOM viewer
 */
public interface MediaSeries<E> extends MediaSeriesGroup {

  /** A copy of the series' media, filtered and sorted when {@code filter} and {@code sort} are not null. */
  List<E> copyOfMedias(Filter<E> filter, Comparator<E> sort);
}
