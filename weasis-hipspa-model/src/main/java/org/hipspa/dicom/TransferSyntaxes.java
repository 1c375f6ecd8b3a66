package org.hipspa.dicom;

import com.pixelmed.dicom.TransferSyntax;
import java.util.Map;
import java.util.Set;

/** Which transfer syntaxes PixelMed with the two ImageIO codec jars decodes, and their names for messages. */
final class TransferSyntaxes {
  private TransferSyntaxes() {}

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("1.2.840.10008.1.2", "Implicit VR Little Endian"),
      Map.entry("1.2.840.10008.1.2.1", "Explicit VR Little Endian"),
      Map.entry("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian"),
      Map.entry("1.2.840.10008.1.2.2", "Explicit VR Big Endian"),
      Map.entry("1.2.840.10008.1.2.5", "RLE Lossless"),
      Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline"),
      Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended"),
      Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless"),
      Map.entry("1.2.840.10008.1.2.4.70", "JPEG Lossless, First-Order Prediction"),
      Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless"),
      Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000"),
      Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"),
      Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless"),
      Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Lossless"),
      Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component"),
      Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless"),
      Map.entry("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Lossless"),
      Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000"),
      Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 video"),
      Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 video"),
      Map.entry("1.2.840.10008.1.2.4.110", "JPEG XL Lossless"),
      Map.entry("1.2.840.10008.1.2.4.112", "JPEG XL"));

  /** Checked by decoding the sample files in tests; everything else is refused with a sentence. */
  private static final Set<String> DECODABLE = Set.of(
      "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.2",
      "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
      "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91");

  /** An empty UID means a file without meta information, whose syntax PixelMed detects itself. */
  static boolean isDecodable(String uid) {
    return uid.isEmpty() || DECODABLE.contains(uid);
  }

  static String name(String uid) {
    String known = NAMES.get(uid);
    if (known != null) {
      return known;
    }
    String pixelmed = new TransferSyntax(uid).getDescription();
    return pixelmed == null || pixelmed.isBlank() || pixelmed.startsWith("Unrecognized")
        ? "an unrecognised transfer syntax"
        : pixelmed;
  }

  static UnsupportedTransferSyntaxException unsupported(String file, String uid) {
    return new UnsupportedTransferSyntaxException(file + " is stored as " + name(uid) + " (" + uid
        + "), which HipSpA cannot decode; export the series uncompressed (Explicit VR Little Endian)"
        + " or as JPEG Lossless or JPEG 2000, and load it again.");
  }
}
