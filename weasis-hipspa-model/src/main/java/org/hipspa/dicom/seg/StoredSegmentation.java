package org.hipspa.dicom.seg;

import org.hipspa.segment.SeriesSegmentation;

/**
 * A SEG read back: its masks on the series, its own SOP Instance UID (what a measurement report cites as
 * evidence), and the model that wrote it as it named itself (Segment Algorithm Name of its first segment,
 * e.g. "hipspa-unet-phantom 0.4.0"), or "unknown model" when it does not say.
 */
public record StoredSegmentation(SeriesSegmentation masks, String sopInstanceUid, String algorithm) {}
