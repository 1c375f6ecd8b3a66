"""Reads a binary DICOM SEG with pydicom (an independent reader) and prints its frames as JSON:
for each frame its segment number, ImagePositionPatient and the flat indices (row * columns + column)
of its set pixels; for each segment its property type code and laterality code."""
import json
import sys

import numpy as np
import pydicom

ds = pydicom.dcmread(sys.argv[1])
assert ds.SegmentationType == "BINARY", ds.SegmentationType
frames = ds.pixel_array
if int(ds.NumberOfFrames) == 1:
    frames = frames[np.newaxis, ...]
assert frames.shape == (int(ds.NumberOfFrames), int(ds.Rows), int(ds.Columns)), frames.shape

segments = {}
for item in ds.SegmentSequence:
    t = item.SegmentedPropertyTypeCodeSequence[0]
    lat = None
    if "SegmentedPropertyTypeModifierCodeSequence" in t:
        lat = t.SegmentedPropertyTypeModifierCodeSequence[0].CodeValue
    elif "AnatomicRegionSequence" in item and "AnatomicRegionModifierSequence" in item.AnatomicRegionSequence[0]:
        lat = item.AnatomicRegionSequence[0].AnatomicRegionModifierSequence[0].CodeValue
    segments[int(item.SegmentNumber)] = {"type": t.CodeValue, "laterality": lat, "label": item.SegmentLabel}

out = []
for i, group in enumerate(ds.PerFrameFunctionalGroupsSequence):
    seg = int(group.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
    ipp = [float(v) for v in group.PlanePositionSequence[0].ImagePositionPatient]
    on = np.flatnonzero(frames[i].reshape(-1)).tolist()
    out.append({"segment": seg, "ipp": ipp, "on": on})

print(json.dumps({"rows": int(ds.Rows), "columns": int(ds.Columns), "segments": segments, "frames": out}))
