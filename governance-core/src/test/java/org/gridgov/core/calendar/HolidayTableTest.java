package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HolidayTableTest {

  private static final LocalDate NEW_YEAR_2024 = LocalDate.of(2024, 1, 1);
  private static final LocalDate ADJUSTED_SUNDAY = LocalDate.of(2024, 2, 4);

  @Test
  void coversTheWholeYearsFromTheEarliestToTheLatestDateListed() {
    HolidayTable table =
        HolidayTable.coveringListedYears(
            Map.of(NEW_YEAR_2024, "元旦", LocalDate.of(2025, 1, 1), "元旦"),
            Map.of(ADJUSTED_SUNDAY, "春节"),
            "test");

    assertThat(table.coverage())
        .isEqualTo(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void keepsItsOwnCopyOfTheDates() {
    // given a map the caller may change later
    Map<LocalDate, String> holidays = new HashMap<>(Map.of(NEW_YEAR_2024, "元旦"));
    HolidayTable table = HolidayTable.coveringListedYears(holidays, Map.of(), "test");

    // when the caller changes it
    holidays.put(LocalDate.of(2024, 1, 2), "元旦");

    // then the table is unchanged and cannot be changed through its accessor
    assertThat(table.holidays()).containsOnlyKeys(NEW_YEAR_2024);
    assertThatThrownBy(() -> table.holidays().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAnAdjustedWorkingDayOnAWeekday() {
    assertThatThrownBy(
            () ->
                HolidayTable.coveringListedYears(
                    Map.of(NEW_YEAR_2024, "元旦"), Map.of(LocalDate.of(2024, 2, 5), "春节"), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an adjusted working day falls on a Saturday or Sunday, got 2024-02-05 (MONDAY, 春节)");
  }

  @Test
  void refusesADateListedBothAsAHolidayAndAsAnAdjustedWorkingDay() {
    assertThatThrownBy(
            () ->
                HolidayTable.coveringListedYears(
                    Map.of(ADJUSTED_SUNDAY, "春节"), Map.of(ADJUSTED_SUNDAY, "春节"), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2024-02-04 is listed both as a holiday and as an adjusted working day");
  }

  @Test
  void refusesADateOutsideTheCoveredYears() {
    assertThatThrownBy(
            () ->
                new HolidayTable(
                    Period.year(2024),
                    Map.of(NEW_YEAR_2024, "元旦", LocalDate.of(2025, 1, 1), "元旦"),
                    Map.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a holiday lies within the covered years 2024, got 2025-01-01 (元旦)");
  }

  @Test
  void refusesACoverageOfPartYears() {
    assertThatThrownBy(
            () ->
                new HolidayTable(
                    Period.of(NEW_YEAR_2024, LocalDate.of(2024, 6, 30)),
                    Map.of(NEW_YEAR_2024, "元旦"),
                    Map.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a holiday table covers whole years, from January 1 to December 31,"
                + " got 2024-01-01..2024-06-30");
  }

  @Test
  void refusesACoveredYearWithoutHolidaysAsMissingData() {
    assertThatThrownBy(
            () ->
                HolidayTable.coveringListedYears(
                    Map.of(LocalDate.of(2023, 1, 2), "元旦", LocalDate.of(2025, 1, 1), "元旦"),
                    Map.of(),
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "every covered year lists its holidays, but 2024 has none within the covered years"
                + " 2023–2025");
  }

  @Test
  void refusesABlankFestivalName() {
    assertThatThrownBy(
            () -> HolidayTable.coveringListedYears(Map.of(NEW_YEAR_2024, " "), Map.of(), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the festival of a holiday 2024-01-01 must not be blank");
  }

  @Test
  void refusesATableWithoutDates() {
    assertThatThrownBy(() -> HolidayTable.coveringListedYears(Map.of(), Map.of(), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a holiday table lists at least one holiday, got none");
  }
}
