package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

  @Test
  void masksTheMiddleOfAMobileNumberInAResidentsWords() {
    assertThat(PersonalDataMask.text("楼上漏水，请联系13812345678，谢谢")).isEqualTo("楼上漏水，请联系138****5678，谢谢");
  }

  @Test
  void masksAMobileNumberWrittenWithSpacesHyphensOrTheCountryCode() {
    assertThat(PersonalDataMask.text("电话 138 1234 5678")).isEqualTo("电话 138 **** 5678");
    assertThat(PersonalDataMask.text("tel:138-1234-5678")).isEqualTo("tel:138-****-5678");
    assertThat(PersonalDataMask.text("+8613812345678")).isEqualTo("+86138****5678");
    assertThat(PersonalDataMask.text("+86 138 1234 5678")).isEqualTo("+86 138 **** 5678");
  }

  @Test
  void masksALandlineWithItsAreaCodeButKeepsTheAreaCode() {
    assertThat(PersonalDataMask.text("物业 0591-83251234")).isEqualTo("物业 0591-****1234");
    assertThat(PersonalDataMask.text("物业 059183251234")).isEqualTo("物业 0591****1234");
    assertThat(PersonalDataMask.text("北京 010-2345678")).isEqualTo("北京 010-***5678");
  }

  @Test
  void masksAnIdNumberOfEighteenCharactersWithItsCheckCharacterX() {
    assertThat(PersonalDataMask.text("身份证35011119900101123X。")).isEqualTo("身份证350***********123X。");
    assertThat(PersonalDataMask.text("id 350111199001011234")).isEqualTo("id 350***********1234");
  }

  @Test
  void masksAnOldIdNumberOfFifteenDigits() {
    assertThat(PersonalDataMask.text("旧证 350111900101123")).isEqualTo("旧证 350********1123");
  }

  @Test
  void leavesDatesCountsAndIdsThatAreNoPhoneOrIdNumberAlone() {
    String text = "WO-2024-00017 于 2024-03-05 报修，3号楼 12 户，费用 1500 元，订单 20240305";
    assertThat(PersonalDataMask.text(text)).isEqualTo(text);
    assertThat(PersonalDataMask.text("12345678901")).isEqualTo("12345678901");
    assertThat(PersonalDataMask.text("1381234567890123456789")).isEqualTo("1381234567890123456789");
    assertThat(PersonalDataMask.text("elapsedShare=0.8819823603527931"))
        .isEqualTo("elapsedShare=0.8819823603527931");
    assertThat(PersonalDataMask.text(null)).isNull();
  }

  @Test
  void masksEveryNumberInATextAndIsIdempotent() {
    String text = "张三 13812345678 与李四 13987654321，证件 350111199001011234";

    String once = PersonalDataMask.text(text);

    assertThat(once).isEqualTo("张三 138****5678 与李四 139****4321，证件 350***********1234");
    assertThat(PersonalDataMask.text(once)).isEqualTo(once);
  }

  @Test
  void masksANameButItsSurname() {
    assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
    assertThat(PersonalDataMask.name("李小明")).isEqualTo("李**");
    assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧阳**");
    assertThat(PersonalDataMask.name("欧阳")).isEqualTo("欧*");
    assertThat(PersonalDataMask.name("王")).isEqualTo("*");
  }

  record Plain(String code, int count, Optional<String> note) {}

  record Note(String id, String text, Optional<String> comment, Optional<String> none) {}

  @Test
  void describesARecordAsItsDefaultTextWhenNothingIsToBeMasked() {
    Plain plain = new Plain("C-1", 3, Optional.of("ok"));

    assertThat(PersonalDataMask.describe(plain)).isEqualTo(plain.toString());
  }

  @Test
  void describesARecordWithItsTextAndOptionalTextComponentsMasked() {
    Note note =
        new Note("n-1", "call 13812345678", Optional.of("or 0591-83251234"), Optional.empty());

    assertThat(PersonalDataMask.describe(note))
        .isEqualTo(
            "Note[id=n-1, text=call 138****5678, comment=Optional[or 0591-****1234],"
                + " none=Optional.empty]");
  }

  @Test
  void aQuotedValueInAMessageCarriesNoPhoneNumber() {
    assertThat(Checks.quote("13812345678")).isEqualTo("\"138****5678\"");
  }

  @Test
  void masksTheNamesOfKnownPeopleInFreeTextAndLeavesNumbersToText() {
    var mask = PersonalDataMask.names(List.of("林建华", "王芳", "欧阳娜娜"));

    assertThat(mask.apply("林建华说王芳家漏水，欧阳娜娜电话13812345678")).isEqualTo("林**说王*家漏水，欧阳**电话13812345678");
  }

  @Test
  void aLongerKnownNameWinsOverAShorterOneItStartsWith() {
    var mask = PersonalDataMask.names(List.of("王芳", "王芳芳"));

    assertThat(mask.apply("王芳芳和王芳")).isEqualTo("王**和王*");
  }

  @Test
  void oneCharacterNamesAndTextWithoutKnownNamesAreLeftAlone() {
    var mask = PersonalDataMask.names(List.of("琳", "张三"));

    assertThat(mask.apply("琳琅满目")).isEqualTo("琳琅满目");
    assertThat(mask.apply("张先生来过")).isEqualTo("张先生来过");
    assertThat(mask.apply(null)).isNull();
  }

  @Test
  void anIdMayHoldAGridCodeButNotAPhoneOrIdNumber() {
    assertThat(PersonalDataMask.numberIn("resident-350111001001001")).isEmpty();
    assertThat(PersonalDataMask.numberIn("350111001001001")).contains("an old ID number");
    assertThat(PersonalDataMask.numberIn("key-123456789012345678")).isEmpty();
    assertThat(PersonalDataMask.numberIn("x-350111199002301234")).isEmpty();
    assertThat(PersonalDataMask.numberIn("x-350111199002281234")).contains("an ID number");
    assertThat(PersonalDataMask.numberIn("x-13812345678")).contains("a mobile number");
    assertThat(PersonalDataMask.numberIn("x-0591-83251234")).contains("a landline number");
  }
}
