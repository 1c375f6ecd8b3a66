package org.weasis.core.api.explorer.model;

/**
 * Mirror of Weasis 4.7.2 {@code org.weasis.core.api.explorer.model.DataExplorerModel}
 * (weasis-core/src/main/java/org/weasis/core/api/explorer/model/DataExplorerModel.java): the data model behind an
 * explorer (the DICOM explorer's is {@code DicomModel}). The plugin only passes it on; no member is used.
 */
public interface DataExplorerModel {}
