package org.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.calendar.Shanghai.CALENDAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

  @Test
  void everyStatutoryDayOf2004To2026IsAnAnnouncedHoliday() {
    List<String> missing = new ArrayList<>();
    for (int year = 2004; year <= 2026; year++) {
      for (HolidayRegulation.StatutoryDay day : StatutoryHolidays.statutoryDays(year)) {
        if (CALENDAR.kindOf(day.date()) != DayKind.HOLIDAY) {
          missing.add(day.date() + " " + day.festival());
        }
      }
    }

    assertThat(missing).isEmpty();
  }

  @Test
  void theTextInForceChangesIn2008And2014And2025() {
    assertThat(HolidayRegulation.inForce(2007)).isEqualTo(HolidayRegulation.FROM_2000);
    assertThat(HolidayRegulation.inForce(2008)).isEqualTo(HolidayRegulation.FROM_2008);
    assertThat(HolidayRegulation.inForce(2024)).isEqualTo(HolidayRegulation.FROM_2014);
    assertThat(HolidayRegulation.inForce(2100)).isEqualTo(HolidayRegulation.FROM_2025);
    assertThat(HolidayRegulation.FROM_2000.statutoryCount()).isEqualTo(10);
    assertThat(HolidayRegulation.FROM_2014.statutoryCount()).isEqualTo(11);
    assertThat(HolidayRegulation.FROM_2025.statutoryCount()).isEqualTo(13);
    assertThatThrownBy(() -> HolidayRegulation.inForce(1999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999");
  }

  @Test
  void the2008TextBeginsSpringFestivalOnTheEveAndThe2014TextOnTheDay() {
    // Spring Festival 2013 was 02-10 and 2014 was 01-31
    assertThat(StatutoryHolidays.statutoryDays(2013))
        .filteredOn(d -> d.festival().equals(HolidayRegulation.SPRING_FESTIVAL))
        .extracting(HolidayRegulation.StatutoryDay::date)
        .containsExactly(
            LocalDate.of(2013, 2, 9), LocalDate.of(2013, 2, 10), LocalDate.of(2013, 2, 11));
    assertThat(StatutoryHolidays.statutoryDays(2014))
        .filteredOn(d -> d.festival().equals(HolidayRegulation.SPRING_FESTIVAL))
        .extracting(HolidayRegulation.StatutoryDay::date)
        .containsExactly(
            LocalDate.of(2014, 1, 31), LocalDate.of(2014, 2, 1), LocalDate.of(2014, 2, 2));
  }

  @Test
  void aStatutoryDayOnAnotherFestivalsDayIsMadeUp() {
    // 2031: 中秋 falls on National Day, 10-01; the year still takes 13 weekdays off
    long weekdaysOff =
        StatutoryHolidays.provisionalHolidays(2031).keySet().stream()
            .filter(d -> !HolidayTable.isWeekend(d))
            .count();
    assertThat(weekdaysOff).isEqualTo(13);
    // 2039: 中秋 is 10-02, within National Day
    assertThat(StatutoryHolidays.festivals(2039).midAutumn()).isEqualTo(LocalDate.of(2039, 10, 2));
    assertThat(
            StatutoryHolidays.provisionalHolidays(2039).keySet().stream()
                .filter(d -> !HolidayTable.isWeekend(d))
                .count())
        .isEqualTo(13);
  }

  @Test
  void refusesAYearItCannotDerive() {
    assertThatThrownBy(() -> StatutoryHolidays.statutoryDays(2101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statutory holidays can be derived for 2000–2100, got the year 2101");
  }
}
