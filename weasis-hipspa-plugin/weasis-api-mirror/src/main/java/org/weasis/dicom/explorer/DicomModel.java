package org.weasis.dicom.explorer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.weasis.core.api.explorer.model.DataExplorerModel;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.dicom.explorer.DicomModel}
 * (weasis-dicom/weasis-dicom-explorer/src/main/java/org/weasis/dicom/explorer/DicomModel.java): the DICOM explorer's
 * patient, study and series tree. The plugin uses {@link #LOADING_EXECUTOR}, where Weasis runs its import tasks one
 * at a time. Weasis's executor comes from its {@code ThreadUtil}; here a plain single-thread one.
 */
public class DicomModel implements DataExplorerModel {

  public static final ExecutorService LOADING_EXECUTOR =
      Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "Dicom Model");
        thread.setDaemon(true);
        return thread;
      });
}
