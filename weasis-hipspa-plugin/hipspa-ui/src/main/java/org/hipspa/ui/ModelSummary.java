package org.hipspa.ui;

/**
 * What the panel says about the model in use: its name and the limits of what it was trained on.
 *
 * <p>Seam: the next round reads these from the shipped model's manifest (resources/); until then the default
 * weights' own description is shown.
 */
public record ModelSummary(String name, String limitation) {

  public static ModelSummary defaultModel() {
    return new ModelSummary(Messages.get("model.default.name"), Messages.get("model.default.limit"));
  }
}
