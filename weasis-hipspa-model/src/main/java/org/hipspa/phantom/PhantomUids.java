package org.hipspa.phantom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * UIDs derived from the phantom's settings, in the 2.25 (UUID-derived) form: 2.25 followed by the decimal
 * of 128 bits of a SHA-256 hash of the settings and the UID's role. The same settings give the same UIDs;
 * different settings never share one.
 */
final class PhantomUids {
  private final String key;

  PhantomUids(PhantomSettings settings) {
    this.key = "org.hipspa.phantom/" + settings.canonical();
  }

  String uid(String role) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((key + "/" + role).getBytes(StandardCharsets.UTF_8));
      byte[] first = new byte[16];
      System.arraycopy(hash, 0, first, 0, 16);
      first[6] = (byte) ((first[6] & 0x0f) | 0x80); // variant bits as a "version 8" UUID: custom, not random
      first[8] = (byte) ((first[8] & 0x3f) | 0x80);
      return "2.25." + new BigInteger(1, first);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  String study() {
    return uid("study");
  }

  String series() {
    return uid("series");
  }

  String frameOfReference() {
    return uid("frame-of-reference");
  }

  String instance(int instanceNumber) {
    return uid("instance/" + instanceNumber);
  }
}
