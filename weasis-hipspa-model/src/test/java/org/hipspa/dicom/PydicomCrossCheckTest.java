package org.hipspa.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipspa.image.MrSeries;
import org.hipspa.image.MrSlice;
import org.hipspa.image.Vec3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader agrees with ours: Debian's pydicom (with numpy) reads every brain file,
 * applies the modality rescale and writes the pixels as raw floats; each of our slices must hold
 * exactly those values and the same ImagePositionPatient.
 */
class PydicomCrossCheckTest {
  private static final String PYDICOM_DUMP = String.join("\n",
      "import sys, glob, os, numpy, pydicom",
      "from pydicom.pixel_data_handlers.util import apply_modality_lut",
      "src, out = sys.argv[1], sys.argv[2]",
      "for i, f in enumerate(sorted(glob.glob(os.path.join(src, '*.dcm')))):",
      "    ds = pydicom.dcmread(f)",
      "    values = apply_modality_lut(ds.pixel_array, ds).astype('<f4')",
      "    values.tofile(os.path.join(out, '%d.f32' % i))",
      "    x, y, z = (float(v) for v in ds.ImagePositionPatient)",
      "    print('%s\\t%d\\t%r\\t%r\\t%r\\t%d\\t%d' % (ds.SOPInstanceUID, i, x, y, z, ds.Rows, ds.Columns))");

  record PydicomSlice(Vec3 position, float[] pixels, int rows, int columns) {}

  @Test
  void pixelsAfterRescaleAndPositionsAgreeWithPydicomForEveryBrainSlice(@TempDir Path tmp) throws Exception {
    String listing = DicomTestFiles.run(List.of("/usr/bin/python3", "-c", PYDICOM_DUMP, DicomTestFiles.BRAIN.toString(), tmp.toString()));
    Map<String, PydicomSlice> bySop = new HashMap<>();
    for (String line : listing.strip().split("\n")) {
      String[] f = line.split("\t");
      ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(tmp.resolve(f[1] + ".f32"))).order(ByteOrder.LITTLE_ENDIAN);
      float[] pixels = new float[raw.remaining() / 4];
      raw.asFloatBuffer().get(pixels);
      bySop.put(f[0], new PydicomSlice(new Vec3(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])),
          pixels, Integer.parseInt(f[5]), Integer.parseInt(f[6])));
    }
    assertThat(bySop).hasSize(20);

    MrSeries ours = new DicomSeriesReader().read(List.of(DicomTestFiles.BRAIN), null, ReadProgress.NONE);

    assertThat(ours.slices()).extracting(MrSlice::sopInstanceUid).containsExactlyInAnyOrderElementsOf(bySop.keySet());
    for (MrSlice slice : ours.slices()) {
      PydicomSlice theirs = bySop.get(slice.sopInstanceUid());
      assertThat(slice.height()).isEqualTo(theirs.rows());
      assertThat(slice.width()).isEqualTo(theirs.columns());
      assertThat(slice.pixels().values()).as("pixels of instance %d", slice.instanceNumber()).containsExactly(theirs.pixels());
      Vec3 p = slice.geometry().position();
      assertThat(p.x()).isCloseTo(theirs.position().x(), within(1e-9));
      assertThat(p.y()).isCloseTo(theirs.position().y(), within(1e-9));
      assertThat(p.z()).isCloseTo(theirs.position().z(), within(1e-9));
    }
    // Our order is pydicom's positions projected on our normal, ascending.
    List<Double> theirOrder = ours.slices().stream()
        .map(s -> bySop.get(s.sopInstanceUid()).position().dot(ours.normal())).toList();
    assertThat(theirOrder).isSorted();
  }
}
