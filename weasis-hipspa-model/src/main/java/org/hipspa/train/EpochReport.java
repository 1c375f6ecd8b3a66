package org.hipspa.train;

import java.util.Map;
import org.hipspa.net.ModelManifest;

/** What one epoch did: mean training loss, validation scores, and the time it took and is left in this training (mean epoch time times the epochs still allowed). */
public record EpochReport(
    int epoch, int epochs, double trainLoss, double validationMeanDice,
    Map<String, ModelManifest.Scores> validation, boolean improved, double seconds, double meanSecondsPerEpoch, double secondsLeft) {}
