package org.hipspa.pipeline;

import org.hipspa.locate.CropSpec;

/** What a result needs to say about the model that made it, and the crop it expects. */
public record ModelDescription(
    String name, String version, String weightsSha256, String trainedOn, CropSpec cropSpec) {}
