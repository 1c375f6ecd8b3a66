package org.hipspa.weasis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineFailureTest {

  @Test
  void aMissingNativeLibraryAsksForThePlatformsNativeBundle() {
    Throwable failure =
        new IllegalStateException(new IllegalStateException("PyTorch library not found: /native/lib/libtorch.so"));

    assertThat(EngineFailure.sentence(failure))
        .startsWith("The analysis engine has no native library for this workstation (")
        .contains(System.getProperty("os.arch"))
        .endsWith("add the HipSpA native bundle for this platform to the Weasis configuration.");
  }

  @Test
  void anUnexpectedFailurePointsToTheLogInOneSentence() {
    String sentence = EngineFailure.sentence(new IllegalStateException("boom"));

    assertThat(sentence)
        .startsWith("The analysis engine could not start on this workstation (")
        .endsWith("please send the Weasis log file to your administrator.")
        .doesNotContain("boom");
  }
}
