package org.hipspa.weasis;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.hipspa.ui.StudyImport;
import org.weasis.core.api.explorer.model.DataExplorerModel;
import org.weasis.core.api.media.data.MediaSeries;
import org.weasis.core.api.media.data.TagW;
import org.weasis.dicom.explorer.HangingProtocols.OpeningViewer;
import org.weasis.dicom.explorer.LoadLocalDicom;

/**
 * Saved SEG and SR into the study of the analysed series: Weasis's own local import on the DICOM explorer's model
 * that series belongs to, without opening another viewer. Weasis then lists them under the study and draws the SEG
 * over the series with its segmentation tools (4.3+), matched by the referenced series.
 */
final class WeasisStudyImport implements StudyImport {

  private final Supplier<MediaSeries<?>> analysedSeries;
  private final Executor loading;

  /**
   * @param analysedSeries the series the shown result came from, or null
   * @param loading where Weasis runs its imports, one at a time ({@code DicomModel.LOADING_EXECUTOR})
   */
  WeasisStudyImport(Supplier<MediaSeries<?>> analysedSeries, Executor loading) {
    this.analysedSeries = analysedSeries;
    this.loading = loading;
  }

  @Override
  public boolean addToStudy(List<Path> files) {
    MediaSeries<?> series = analysedSeries.get();
    if (series == null || !(series.getTagValue(TagW.ExplorerModel) instanceof DataExplorerModel explorer)) {
      return false;
    }
    File[] dicom = files.stream().map(Path::toFile).toArray(File[]::new);
    loading.execute(new LoadLocalDicom(dicom, false, explorer, OpeningViewer.NONE));
    return true;
  }
}
