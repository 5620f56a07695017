package org.gridgov.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  // 11010519491231002X is the example number of GB 11643-1999.
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  @Test
  void masksThePhoneNumberInToString() {
    // given a mobile number
    PhoneNumber phone = PhoneNumber.of("13812345678");

    // then toString masks the middle digits and value() gives the number
    assertThat(phone).hasToString("138****5678");
    assertThat(phone.value()).isEqualTo("13812345678");
  }

  @Test
  void acceptsALandlineWithItsAreaCode() {
    // given a Fuzhou landline written with a hyphen
    PhoneNumber phone = PhoneNumber.of("0591-83251234");

    // then it is kept in canonical form and masked
    assertThat(phone.mobile()).isFalse();
    assertThat(phone.value()).isEqualTo("0591-83251234");
    assertThat(phone).hasToString("0591-****1234");
  }

  @Test
  void refusesAPhoneNumberThatIsNeitherMobileNorLandline() {
    assertThatThrownBy(() -> PhoneNumber.of("12345678901"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a phone number is a mobile number");
  }

  @Test
  void masksAllButTheSurnameOfAName() {
    assertThat(PersonName.of("张三")).hasToString("张*");
    assertThat(PersonName.of("李小明")).hasToString("李**");
  }

  @Test
  void keepsACompoundSurnameWhole() {
    assertThat(PersonName.of("欧阳娜娜")).hasToString("欧阳**");
    assertThat(PersonName.of("欧阳")).hasToString("欧*");
  }

  @Test
  void masksAOneCharacterNameWhole() {
    assertThat(PersonName.of("琳")).hasToString("*");
  }

  @Test
  void acceptsTheExampleIdNumberOfTheStandard() {
    // given the example of GB 11643, written with a lower-case x
    IdNumber id = IdNumber.of(STANDARD_EXAMPLE.toLowerCase(java.util.Locale.ROOT));

    // then it is accepted, its birth date read and its toString masked
    assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id).hasToString("110***********002X");
  }

  @Test
  void refusesAnIdNumberWithAWrongCheckDigit() {
    assertThatThrownBy(() -> IdNumber.of("110105194912310021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check character");
  }

  @Test
  void refusesAnIdNumberWithAnImpossibleBirthDate() {
    String first17 = "11010519490231002";
    assertThatThrownBy(() -> IdNumber.of(first17 + IdNumber.checkCharacter(first17)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("birth date");
  }

  @Test
  void anIdNumberMessageDoesNotCarryTheNumber() {
    assertThatThrownBy(() -> IdNumber.of("110105194912310021"))
        .message()
        .doesNotContain("110105194912310021");
  }
}
