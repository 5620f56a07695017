package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person id is written unmasked wherever the person is named, so it may not be, nor hold, a phone
 * or ID number; the refusal masks the number it found.
 */
class PersonIdTest {

  @ParameterizedTest
  @CsvSource({
    "13812345678,          a mobile number,     138****5678",
    "resident-13812345678, a mobile number,     resident-138****5678",
    "86-138-1234-5678,     a mobile number,     86-138-****-5678",
    "0591-83251234,        a landline number,   0591-****1234",
    "11010519491231002X,   an ID number,        110***********002X",
    "id:11010519491231002x, an ID number,       id:110***********002x",
    "350111900101123,      an old ID number,    350********1123"
  })
  void aPhoneOrIdNumberIsRefusedWithTheNumberMasked(String value, String kind, String masked) {
    assertThatThrownBy(() -> PersonId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "a person id may not be or hold " + kind + ", got \"" + masked + "\"")
        .hasMessageContaining("give the person an id of the platform's own")
        .message()
        .doesNotContain(value.replaceAll("[^0-9Xx]", "").substring(3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "p-1",
        "P000123",
        // a grid code inside an id is not an old ID number, though it has fifteen digits
        "resident-350111001001001",
        "W-350111001001001",
        // an eighteen-digit key whose seventh to fourteenth digits are no birth date
        "123456789012345678",
        // ten digits are neither a mobile nor a landline
        "order-1234567890"
      })
  void idsThatHoldNoPhoneOrIdNumberAreAcceptedAndWrittenAsTheyAre(String value) {
    assertThat(PersonId.of(value)).hasToString(value);
  }
}
