package org.hipspa.weasis.engine;

/**
 * A started deep-learning engine: its name and native version, and the numbers its self-check computed.
 *
 * @param engineName DJL's engine name, e.g. "PyTorch"
 * @param version the native library version DJL loaded, e.g. "2.7.1"
 * @param selfCheckOutput output of {@link EngineSelfCheck} (expected {@link EngineSelfCheck#EXPECTED})
 */
public record EngineReady(String engineName, String version, float[] selfCheckOutput) {

  public EngineReady {
    selfCheckOutput = selfCheckOutput.clone();
  }

  @Override
  public float[] selfCheckOutput() {
    return selfCheckOutput.clone();
  }

  /** For the panel, e.g. "PyTorch 2.7.1". */
  public String describe() {
    return engineName + " " + version;
  }
}
