package org.hipspa.phantom;

import org.hipspa.segment.HipSide;

import java.util.List;

/**
 * Everything drawn for one phantom patient, apart from the pixels: what the patient JSON records.
 *
 * @param severity the latent disease severity in [0, 1] that drives lesions and clinical-like scores
 * @param severityRight the part of it expressed in the right hip (0 when that hip is spared)
 * @param muscleSignal the stored value of muscle before bias and noise (the window is set from it)
 * @param snr muscle signal over noise sigma
 * @param biasAmplitude the difficulty's coil bias amplitude
 * @param poseRollDegrees coronal in-plane rotation of the patient; pitch and yaw follow
 * @param poseTranslationMm shift of the anatomy from the scanner's centre (x, y, z)
 */
public record PhantomParameters(
    PhantomSettings settings,
    String patientName,
    String patientId,
    double severity,
    double severityRight,
    double severityLeft,
    double muscleSignal,
    double snr,
    double biasAmplitude,
    double poseRollDegrees,
    double posePitchDegrees,
    double poseYawDegrees,
    double poseScale,
    double[] poseTranslationMm,
    HipAnatomySummary right,
    HipAnatomySummary left,
    List<BmeLesion> bmeLesions,
    List<Effusion> effusions,
    LesionBurden burden,
    ClinicalScores clinical) {

  public PhantomParameters {
    poseTranslationMm = poseTranslationMm.clone();
    bmeLesions = List.copyOf(bmeLesions);
    effusions = List.copyOf(effusions);
  }

  public HipAnatomySummary hip(HipSide side) {
    return side == HipSide.RIGHT ? right : left;
  }
}
