package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.lists.Category;
import org.gridgov.core.people.IdNumber;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PersonName;
import org.gridgov.core.people.PhoneNumber;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.StreetCode;
import org.gridgov.core.workorder.Deadlines;
import org.junit.jupiter.api.Test;

/**
 * A sample of the refusals input can meet, across the domain's packages, reads in Chinese: no
 * English word is left in them but codes (upper-case, such as {@code GRID_PARTY_BRANCH}) and the
 * offending values, which a refusal quotes.
 */
class ChineseRefusalsTest {

  /** A word of English: two letters or more, at least one lower-case. */
  private static final Pattern WORD =
      Pattern.compile("[A-Za-z][A-Za-z'-]*[a-z][A-Za-z'-]*|[a-z]{2,}");

  /** A quoted value, as {@link Checks#quote(Object)} writes it. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private record Sample(String what, Runnable refused) {}

  private static final List<Sample> SAMPLES =
      List.of(
          new Sample("an eight-digit street code", () -> StreetCode.of("35011100")),
          new Sample("a street code with a letter", () -> StreetCode.of("35011100a")),
          new Sample("a grid code with serial 000", () -> GridCode.of("350111001001000")),
          new Sample("a grid serial of 1000", () -> CommunityCode.of("350111001001").grid(1000)),
          new Sample("a phone number of three digits", () -> PhoneNumber.of("123")),
          new Sample("a phone number of letters", () -> PhoneNumber.of("call me maybe")),
          new Sample("an ID number of five characters", () -> IdNumber.of("12345")),
          new Sample("an ID number with a wrong check", () -> IdNumber.of("11010519491231002Y")),
          new Sample("a person id that is a mobile number", () -> PersonId.of("13800138000")),
          new Sample("a person id with a space", () -> PersonId.of("li si")),
          new Sample("a person's name of 65 characters", () -> PersonName.of("李".repeat(65))),
          new Sample("a blank grid name", () -> Checks.text(" ", Checks.term("gridName"))),
          new Sample("a name with a tab", () -> Checks.name("茶园\t街道", Checks.term("streetName"))),
          new Sample("a category code in lower case", () -> Category.of("dispute")),
          new Sample("a year of 1800", () -> YearQuarter.of(1800, 1)),
          new Sample("a fifth quarter", () -> YearQuarter.of(2024, 5)),
          new Sample(
              "a period that ends before it starts",
              () -> Period.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1))),
          new Sample(
              "a resolve-by before the accept-by",
              () ->
                  Deadlines.of(
                      Instant.parse("2024-03-05T01:00:00Z"),
                      Instant.parse("2024-03-04T01:00:00Z"))),
          new Sample("a negative count", () -> Checks.count(-1, Checks.term("ratings"))),
          new Sample("a ratio above one", () -> Checks.ratio(1.5, Checks.term("grid.households"))));

  @Test
  void everySampleIsARefusalThatReadsInChineseApartFromCodesAndValues() {
    List<String> english = new ArrayList<>();
    for (Sample sample : SAMPLES) {
      Refused refusal = refusalOf(sample);
      String chinese = refusal.describe(Messages.CHINESE);
      assertThat(chinese).as(sample.what()).isNotEqualTo(refusal.describe(Locale.ENGLISH));
      Matcher word = WORD.matcher(QUOTED.matcher(chinese).replaceAll(""));
      while (word.find()) {
        english.add(sample.what() + ": " + word.group() + " in " + chinese);
      }
    }
    assertThat(english).isEmpty();
  }

  @Test
  void theCheckForEnglishFindsAnEnglishSentence() {
    Matcher word = WORD.matcher(QUOTED.matcher("网格代码 has 15 digits \"abc\"").replaceAll(""));

    assertThat(word.find()).isTrue();
    assertThat(word.group()).isEqualTo("has");
    assertThat(WORD.matcher("网格党支部（GRID_PARTY_BRANCH）U+0009").find()).isFalse();
  }

  private static Refused refusalOf(Sample sample) {
    try {
      sample.refused().run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      assertThat(e).as(sample.what()).isInstanceOf(Refused.class);
      return (Refused) e;
    }
    throw new AssertionError(sample.what() + " was not refused");
  }
}
