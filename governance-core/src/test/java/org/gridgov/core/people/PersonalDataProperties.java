package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PersonalDataProperties {

  @Provide
  Arbitrary<String> validIdNumbers() {
    Arbitrary<String> address = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<LocalDate> birth =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(address, birth, sequence)
        .as(
            (a, b, s) -> {
              String first17 =
                  a
                      + String.format(
                          "%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth())
                      + s;
              return first17 + IdNumber.checkCharacter(first17);
            });
  }

  @Property(tries = 300)
  void anIdNumberWithACorrectCheckCharacterIsAccepted(@ForAll("validIdNumbers") String number) {
    assertThat(IdNumber.of(number).value()).isEqualTo(number);
  }

  @Property(tries = 300)
  void anySingleDigitChangeOfAValidIdNumberIsRefused(
      @ForAll("validIdNumbers") String number,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll @IntRange(min = 1, max = 10) int shift) {
    char[] chars = number.toCharArray();
    String alphabet = position == 17 ? "0123456789X" : "0123456789";
    int at = alphabet.indexOf(chars[position]);
    chars[position] = alphabet.charAt((at + shift) % alphabet.length());
    String changed = new String(chars);
    if (changed.equals(number)) {
      return; // a shift of ten in a ten-character alphabet is no change
    }
    assertThatThrownBy(() -> IdNumber.of(changed)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void anIdNumberMaskNeverContainsTheNumber(@ForAll("validIdNumbers") String number) {
    assertThat(IdNumber.of(number).toString()).doesNotContain(number).hasSize(18);
  }

  @Property(tries = 300)
  void aMobileNumberMaskNeverContainsTheNumber(
      @ForAll @IntRange(min = 3, max = 9) int second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int rest) {
    String number = "1" + second + String.format("%09d", rest);
    assertThat(PhoneNumber.of(number).toString()).doesNotContain(number).contains("****");
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6);
  }

  @Property(tries = 300)
  void aNameMaskNeverContainsTheName(@ForAll("names") String name) {
    String masked = PersonName.of(name).toString();
    assertThat(masked).doesNotContain(name).hasSameSizeAs(name);
  }

  @Provide
  Arbitrary<String> idWords() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 300)
  void aPersonIdHoldingAMobileOrIdNumberIsRefusedWithoutShowingIt(
      @ForAll("idWords") String before,
      @ForAll("idWords") String after,
      @ForAll("validIdNumbers") String idNumber,
      @ForAll @IntRange(min = 3, max = 9) int second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int rest,
      @ForAll boolean mobile) {
    String number = mobile ? "1" + second + String.format("%09d", rest) : idNumber;
    String value =
        (before.isEmpty() ? "" : before + "-") + number + (after.isEmpty() ? "" : "-" + after);

    assertThatThrownBy(() -> PersonId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(mobile ? "a mobile number" : "an ID number")
        .message()
        .doesNotContain(number);
  }
}
