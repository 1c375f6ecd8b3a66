package org.hipspa.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hipspa.net.ModelManifest;
import org.hipspa.net.ModelPackageWriter;
import org.hipspa.net.NoGrad;
import org.hipspa.net.UNet;

/**
 * Trains the shipped network on all patients (a share held back for early stopping) and writes it as
 * a model folder whose manifest records the architecture, input contract, provenance and the
 * cross-validation metrics.
 */
public final class FinalModel {
  private FinalModel() {}

  public static ModelManifest trainAndWrite(List<CropSample> crops, UNetTraining training, Path workDir, Path modelFolder,
      ManifestInfo info, ModelManifest.CrossValidation cv, TrainingListener listener) throws IOException {
    TrainingSettings settings = training.settings();
    Set<String> validationPatients = PatientFolds.validationPatients(crops, settings.validationShare(), settings.seed());
    TrainingOutcome outcome = training.train(PatientFolds.of(crops, validationPatients, false),
        PatientFolds.of(crops, validationPatients, true), workDir, listener);
    NoGrad.onThisThread();
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      UNet net = training.loadNet(outcome.bestParameters(), manager);
      ModelManifest manifest = new ModelManifest(
          ModelManifest.FORMAT_VERSION, info.name(), info.version(),
          ModelManifest.Architecture.of(settings.network()),
          ModelManifest.Input.hipspa(settings.inputChannels()),
          ModelManifest.standardOutputs(),
          ModelManifest.Inference.MIRROR_AVERAGE,
          null,
          new ModelManifest.Training(info.data(), PatientFolds.patientsOf(crops).size(), crops.size(), settings.seed(), info.command(),
              withOutcome(settings, outcome)),
          cv);
      return ModelPackageWriter.write(net, manifest, modelFolder);
    }
  }

  private static java.util.Map<String, Object> withOutcome(TrainingSettings settings, TrainingOutcome outcome) {
    java.util.Map<String, Object> m = settings.asMap();
    m.put("bestEpoch", outcome.bestEpoch());
    m.put("epochsRun", outcome.lastEpoch());
    m.put("stoppedEarly", outcome.stoppedEarly());
    return m;
  }

  /** Name, version and provenance text for the manifest. */
  public record ManifestInfo(String name, String version, String data, String command) {}
}
