package org.hipspa.report;

/** Sentences every rendering of a result carries. */
public final class ReportText {
  public static final String NOTICE = "Research software: the UNet-score is not a HIMRISS score, and this result is"
      + " not a diagnosis. Check what the model was trained on before relying on it.";

  private ReportText() {}
}
