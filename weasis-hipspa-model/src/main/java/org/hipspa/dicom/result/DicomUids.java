package org.hipspa.dicom.result;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.UUID;

/**
 * UIDs under the "2.25" root (PS3.5 B.2: a UUID written as one decimal integer), so no registered
 * organisation root is needed and two machines never collide.
 */
public final class DicomUids {
  private DicomUids() {}

  public static String newUid() {
    UUID u = UUID.randomUUID();
    BigInteger high = BigInteger.valueOf(u.getMostSignificantBits()).and(MASK_64);
    BigInteger low = BigInteger.valueOf(u.getLeastSignificantBits()).and(MASK_64);
    return "2.25." + high.shiftLeft(64).or(low);
  }

  /**
   * The same UID every time for the same text (a name-based UUID from SHA-256): the model's device
   * observer UID stays stable across runs of the same weights.
   */
  public static String uidFor(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      byte[] b = Arrays.copyOf(hash, 16);
      b[6] = (byte) ((b[6] & 0x0f) | 0x50); // version 5 style, name-based
      b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
      return "2.25." + new BigInteger(1, b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final BigInteger MASK_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
}
