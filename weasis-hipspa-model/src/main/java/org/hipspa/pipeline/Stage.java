package org.hipspa.pipeline;

/** The stages of the one pipeline, in the order they run. */
public enum Stage {
  READ("Reading images"),
  LOCATE("Finding the hips"),
  SEGMENT("Segmenting"),
  SCORE("Scoring"),
  REPORT("Writing results");

  private final String description;

  Stage(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
