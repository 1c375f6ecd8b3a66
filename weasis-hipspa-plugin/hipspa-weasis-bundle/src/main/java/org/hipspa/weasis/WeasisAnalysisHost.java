package org.hipspa.weasis;

import java.util.List;
import java.util.Optional;
import org.hipspa.image.MrSeries;
import org.hipspa.ui.AnalysisHost;
import org.hipspa.ui.LesionLayers;
import org.hipspa.ui.SeriesSource;
import org.hipspa.ui.SliceNavigator;
import org.hipspa.ui.StudyImport;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.core.ui.editor.image.ViewCanvas;
import org.weasis.dicom.codec.DicomImageElement;
import org.weasis.dicom.explorer.DicomModel;
import org.weasis.dicom.viewer2d.EventManager;

/**
 * Weasis as the side panel's host: the series of the selected 2D view (its pixels read on the analysis thread), the
 * view's slice slider, lesion layers on the series' own images, and saved results into the series' study.
 */
final class WeasisAnalysisHost implements AnalysisHost {

  private volatile List<DicomImageElement> analysedImages;
  private volatile MediaSeries<?> analysedSeries;
  private final WeasisStudyImport studyImport =
      new WeasisStudyImport(() -> analysedSeries, DicomModel.LOADING_EXECUTOR);
  private final WeasisSliceNavigator navigator = new WeasisSliceNavigator(() -> analysedImages);
  private final WeasisLesionLayers layers = new WeasisLesionLayers(() -> analysedImages);

  @Override
  public Optional<SeriesSource> selectedSeries() {
    MediaSeries<DicomImageElement> series = selectedViewSeries();
    if (series == null) {
      return Optional.empty();
    }
    List<DicomImageElement> images = series.copyOfMedias(null, null);
    return Optional.of((progress, cancel) -> {
      WeasisSeries read = WeasisSeriesReader.read(images, progress, cancel);
      analysedImages = read.images();
      analysedSeries = series;
      MrSeries mr = read.series();
      return mr;
    });
  }

  /** The series the selected 2D view shows, or null; the tool watches it to cancel when the reader switches. */
  static MediaSeries<DicomImageElement> selectedViewSeries() {
    ViewCanvas<DicomImageElement> view = EventManager.getInstance().getSelectedViewPane();
    return view == null ? null : view.getSeries();
  }

  @Override
  public SliceNavigator navigator() {
    return navigator;
  }

  @Override
  public LesionLayers layers() {
    return layers;
  }

  @Override
  public Optional<StudyImport> studyImport() {
    return Optional.of(studyImport);
  }
}
