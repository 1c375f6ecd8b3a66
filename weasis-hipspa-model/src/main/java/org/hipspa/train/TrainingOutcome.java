package org.hipspa.train;

import java.nio.file.Path;

/** The result of one training run: where the best parameters are and how training went. */
public record TrainingOutcome(
    int lastEpoch, int bestEpoch, double bestValidationDice, int optimizerSteps, boolean stoppedEarly, Path bestParameters) {}
