package org.hipspa.dicom.seg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipspa.image.BinaryMask;
import org.junit.jupiter.api.Test;

class BitPackingTest {

  @Test
  void aFrameOf13x11StartsInsideTheByteWhereThePreviousFrameEnded() {
    BinaryMask first = new BinaryMask(13, 11);
    BinaryMask second = new BinaryMask(13, 11);
    second.set(0, 0, true); // bit 143 = byte 17, bit 7
    second.set(1, 0, true); // bit 144 = byte 18, bit 0
    second.set(12, 10, true); // bit 285 = byte 35, bit 5

    byte[] packed = BitPacking.pack(List.of(first, second));

    assertThat(packed).hasSize(36); // 286 bits = 35.75 bytes -> 36, already even
    for (int i = 0; i < packed.length; i++) {
      int expected = switch (i) {
        case 17 -> 0x80;
        case 18 -> 0x01;
        case 35 -> 0x20;
        default -> 0;
      };
      assertThat(packed[i] & 0xff).as("byte " + i).isEqualTo(expected);
    }
    assertThat(BitPacking.unpack(packed, 1, 13, 11)).isEqualTo(second);
    assertThat(BitPacking.unpack(packed, 0, 13, 11)).isEqualTo(first);
  }

  @Test
  void theFirstPixelOfARowIsTheLeastSignificantBit() {
    BinaryMask mask = new BinaryMask(8, 2);
    mask.set(0, 0, true);
    mask.set(7, 1, true);

    assertThat(BitPacking.pack(List.of(mask))).containsExactly(0x01, 0x80);
  }

  @Test
  void theWholeValueIsPaddedToAnEvenLength() {
    assertThat(BitPacking.pack(List.of(new BinaryMask(3, 3)))).hasSize(2); // 9 bits -> 2 bytes
    assertThat(BitPacking.pack(List.of(new BinaryMask(5, 5)))).hasSize(4); // 25 bits -> 4 bytes -> even
    assertThat(BitPacking.pack(List.of(new BinaryMask(4, 4), new BinaryMask(4, 4), new BinaryMask(4, 4))))
        .hasSize(6); // 48 bits
  }
}
