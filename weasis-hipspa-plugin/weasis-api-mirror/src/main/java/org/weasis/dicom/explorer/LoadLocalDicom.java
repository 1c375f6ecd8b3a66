package org.weasis.dicom.explorer;

import java.io.File;
import java.util.List;
import javax.swing.SwingWorker;
import org.weasis.core.api.explorer.model.DataExplorerModel;
import org.weasis.dicom.explorer.HangingProtocols.OpeningViewer;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.explorer.LoadLocalDicom}
 * (weasis-dicom/weasis-dicom-explorer/src/main/java/org/weasis/dicom/explorer/LoadLocalDicom.java): imports local
 * DICOM files into the DICOM explorer's model (Weasis then shows a SEG over its series with its own segmentation
 * tools). Only the constructor the plugin uses. In Weasis it extends {@code LoadDicom}, an {@code ExplorerTask}, a
 * {@link SwingWorker}; here it extends the worker directly, and its background work only lists the files, so tests
 * can see what the plugin handed to Weasis.
 */
public class LoadLocalDicom extends SwingWorker<Boolean, String> {

  private final List<File> files;
  private final DataExplorerModel explorerModel;
  private final OpeningViewer openingMode;

  public LoadLocalDicom(File[] files, boolean recursive, DataExplorerModel explorerModel, OpeningViewer openingMode) {
    this.files = List.of(files);
    this.explorerModel = explorerModel;
    this.openingMode = openingMode;
  }

  @Override
  protected Boolean doInBackground() {
    for (File file : files) {
      publish(file.getPath());
    }
    return Boolean.TRUE;
  }

  @Override
  public String toString() {
    return "LoadLocalDicom " + files + " into " + explorerModel + ", opening " + openingMode;
  }
}
