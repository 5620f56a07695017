package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PersonalDataMaskProperties {

  /** Any run of seven digits or more left whole would still name a person. */
  private static final Pattern SEVEN_DIGITS = Pattern.compile("[0-9]{7}");

  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  @Provide
  Arbitrary<String> landlines() {
    return Combinators.combine(
            Arbitraries.of("010", "021", "0591", "0755"),
            Arbitraries.of("-", ""),
            Arbitraries.integers().between(2, 9),
            Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(7))
        .as((area, dash, first, rest) -> area + dash + first + rest);
  }

  @Provide
  Arbitrary<String> idNumbers() {
    return Combinators.combine(
            Arbitraries.strings().numeric().ofLength(17), Arbitraries.of("0", "7", "X", "x"))
        .as((digits, check) -> digits + check);
  }

  @Provide
  Arbitrary<String> oldIdNumbers() {
    return Arbitraries.strings().numeric().ofLength(15);
  }

  /** Words around a number: Chinese, letters or punctuation, never a digit. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("楼上漏水请联系谢谢电话身份证，。：: abcXYZ").ofMaxLength(12);
  }

  /** Any phone or ID number of the four forms the mask knows. */
  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(mobiles(), landlines(), idNumbers(), oldIdNumbers());
  }

  @Property(tries = 2000)
  void aPhoneOrIdNumberInAnyWordsIsMasked(
      @ForAll("numbers") String number,
      @ForAll("words") String before,
      @ForAll("words") String after) {
    String masked = PersonalDataMask.text(before + number + after);

    assertThat(masked).doesNotContain(number).startsWith(before).endsWith(after);
    assertThat(SEVEN_DIGITS.matcher(masked).find()).as(masked).isFalse();
    assertThat(masked).contains(number.substring(number.length() - 4));
    assertThat(PersonalDataMask.text(masked)).isEqualTo(masked);
  }

  @Property
  void textWithoutDigitsIsLeftAsItIs(@ForAll("words") String text) {
    assertThat(PersonalDataMask.text(text)).isEqualTo(text);
  }
}
