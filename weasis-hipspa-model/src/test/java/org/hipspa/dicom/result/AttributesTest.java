package org.hipspa.dicom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributesTest {

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, 0.1234567890123456, -123.456789012345, 98765.4321, 1e-20, -3.5e12, 2.94065411194123})
  void decimalStringsFitSixteenCharactersAndKeepTwelveDigits(double value) {
    String ds = Attributes.decimalString(value);

    assertThat(ds.length()).isLessThanOrEqualTo(16);
    assertThat(ds).matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
    assertThat(Double.parseDouble(ds)).isCloseTo(value, within(Math.abs(value) * 1e-11));
  }
}
