package org.hipspa.report;

import java.time.Instant;
import org.hipspa.score.HimrissSettings;
import org.hipspa.segment.AlgorithmIdentity;

/**
 * Where a result came from, so any number can be traced: which model (name, version, SHA-256 of its
 * weights, what it was trained on), which series, when, and with which settings.
 */
public record Provenance(
    String modelName,
    String modelVersion,
    String weightsSha256,
    String modelTrainedOn,
    String seriesInstanceUid,
    Instant analysedAt,
    HimrissSettings settings,
    String softwareVersion) {

  /** The model as DICOM results name it. */
  public AlgorithmIdentity algorithm() {
    return new AlgorithmIdentity(modelName, modelVersion, weightsSha256);
  }
}
