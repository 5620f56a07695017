package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.calendar.DayKind;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Official years loaded at run time from holiday-cn JSON and iCalendar files. */
class HolidayFilesTest {

  private static final HolidayTable SHIPPED = WorkingCalendarJson.chinaTable();
  private static final WorkingCalendar DEFAULT = WorkingCalendarJson.chinaDefault();

  /** A year of the shipped table as days of a holiday-cn file, in order of date. */
  private static List<String> holidayCnDays(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    SHIPPED.holidays().forEach((d, n) -> days.put(d, n + "\",\"isOffDay\":true"));
    SHIPPED.adjustedWorkingDays().forEach((d, n) -> days.put(d, n + "\",\"isOffDay\":false"));
    List<String> list = new ArrayList<>();
    days.forEach(
        (date, rest) -> {
          if (date.getYear() == year) {
            list.add(
                "{\"name\":\"" + rest.replaceFirst("\"", "\",\"date\":\"" + date + "\"") + "}");
          }
        });
    return list;
  }

  private static String holidayCn(int year, List<String> days) {
    return "{\n\"$schema\": \"https://example.org/schema.json\",\n\"year\": "
        + year
        + ",\n\"papers\": [\"https://www.gov.cn/notice\"],\n\"days\": [\n"
        + String.join(",\n", days)
        + "\n]\n}\n";
  }

  /** A year of the shipped table as an iCalendar file, one event per day. */
  private static String ics(int year) {
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    StringBuilder text =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALDESC:holidays of\r\n ")
            .append(year)
            .append("\r\n");
    Map<LocalDate, String> days = new TreeMap<>();
    SHIPPED.holidays().forEach((d, n) -> days.put(d, n + "假期"));
    SHIPPED.adjustedWorkingDays().forEach((d, n) -> days.put(d, "上班(补" + n + "假期)"));
    days.forEach(
        (date, summary) -> {
          if (date.getYear() == year) {
            text.append("BEGIN:VEVENT\r\nSUMMARY:")
                .append(summary)
                .append("\r\nDTSTART;VALUE=DATE:")
                .append(date.format(basic))
                .append("\r\nDTEND;VALUE=DATE:")
                .append(date.plusDays(1).format(basic))
                .append("\r\nUID:")
                .append(date)
                .append("\r\nEND:VEVENT\r\n");
          }
        });
    return text.append("END:VCALENDAR\r\n").toString();
  }

  private static HolidayTable readJson(String json) {
    return WorkingCalendarJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2024.json");
  }

  private static HolidayTable readIcs(String ics) {
    return HolidayCalendarIcs.read(
        new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "2024.ics");
  }

  private static Map<LocalDate, String> ofYear(Map<LocalDate, String> days, int year) {
    Map<LocalDate, String> copy = new TreeMap<>(days);
    copy.keySet().removeIf(d -> d.getYear() != year);
    return copy;
  }

  @Test
  void aHolidayCnFileOfAShippedYearReproducesItsDays() {
    HolidayTable year = readJson(holidayCn(2024, holidayCnDays(2024)));

    assertThat(year.coverage())
        .isEqualTo(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(year.holidays()).isEqualTo(ofYear(SHIPPED.holidays(), 2024));
    assertThat(year.adjustedWorkingDays()).isEqualTo(ofYear(SHIPPED.adjustedWorkingDays(), 2024));
    assertThat(year.source()).contains("holiday-cn 2024", "https://www.gov.cn/notice");
    // and loaded into the calendar, every day of the year is of the kind it was
    WorkingCalendar loaded = DEFAULT.withOfficialYears(year);
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
      assertThat(loaded.kindOf(d)).as(d.toString()).isEqualTo(DEFAULT.kindOf(d));
    }
    assertThat(loaded.coverage()).isEqualTo(DEFAULT.coverage());
    assertThat(loaded.sourceOf(2024)).contains("holiday-cn 2024");
    assertThat(loaded.sourceOf(2023)).contains("chinese-days");
  }

  @Test
  void anICalendarFileOfAShippedYearReproducesItsDays(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2024.ics");
    Files.writeString(file, ics(2024));

    HolidayTable year = HolidayFiles.read(file);

    assertThat(year.holidays()).isEqualTo(ofYear(SHIPPED.holidays(), 2024));
    assertThat(year.adjustedWorkingDays()).isEqualTo(ofYear(SHIPPED.adjustedWorkingDays(), 2024));
  }

  @Test
  void anICalendarEventCoversItsDaysUpToTheDayBeforeItsEnd() {
    HolidayTable year =
        readIcs(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:春节假期\nDTSTART;VALUE=DATE:20240210\n"
                + "DTEND;VALUE=DATE:20240218\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:上班(补春节假期)\n"
                + "DTSTART;VALUE=DATE:20240218\nDTEND;VALUE=DATE:20240219\nEND:VEVENT\n"
                + "END:VCALENDAR\n");

    assertThat(year.holidays()).hasSize(8).containsEntry(LocalDate.of(2024, 2, 17), "春节");
    assertThat(year.adjustedWorkingDays()).containsOnlyKeys(LocalDate.of(2024, 2, 18));
  }

  @Test
  void loadingNextYearReplacesItsProvisionalDays() {
    // given the official 2027 schedule, with an adjusted working Saturday after Spring Festival
    HolidayTable year2027 =
        readJson(
            holidayCn(
                2027,
                List.of(
                    "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}",
                    "{\"name\":\"春节\",\"date\":\"2027-02-05\",\"isOffDay\":true}",
                    "{\"name\":\"春节\",\"date\":\"2027-02-11\",\"isOffDay\":true}",
                    "{\"name\":\"春节\",\"date\":\"2027-02-20\",\"isOffDay\":false}")));

    // when it is loaded
    WorkingCalendar loaded = DEFAULT.withOfficialYears(year2027);

    // then 2027 is official, its days are the file's, and provisional days begin in 2028
    assertThat(loaded.coverage().last()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(loaded.isProvisional(LocalDate.of(2027, 6, 1))).isFalse();
    assertThat(loaded.provisionalPeriod().orElseThrow().first())
        .isEqualTo(LocalDate.of(2028, 1, 1));
    assertThat(loaded.kindOf(LocalDate.of(2027, 2, 20))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
    assertThat(loaded.kindOf(LocalDate.of(2027, 2, 11))).isEqualTo(DayKind.HOLIDAY);
    // 02-09 was a provisional make-up day; the official file does not list it
    assertThat(DEFAULT.kindOf(LocalDate.of(2027, 2, 9))).isEqualTo(DayKind.HOLIDAY);
    assertThat(loaded.kindOf(LocalDate.of(2027, 2, 9))).isEqualTo(DayKind.WEEKDAY);
    assertThat(loaded.sourceOf(2027)).contains("holiday-cn 2027");
    assertThat(loaded.sourceOf(2028)).startsWith("provisional");
    // and the calendar it came from is unchanged
    assertThat(DEFAULT.coverage().last()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aYearThatLeavesAGapIsRefused() {
    HolidayTable year2028 =
        readJson(
            holidayCn(
                2028, List.of("{\"name\":\"元旦\",\"date\":\"2028-01-01\",\"isOffDay\":true}")));

    assertThatThrownBy(() -> DEFAULT.withOfficialYears(year2028))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "official years join the covered years 2004–2026 without a gap, got 2028: load 2027"
                + " first");
  }

  @Test
  void aDateBothOffAndOnIsRefusedAtItsPathAndLine() {
    String json =
        holidayCn(
            2027,
            List.of(
                "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2027-02-06\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2027-02-06\",\"isOffDay\":false}"));

    assertThatThrownBy(() -> readJson(json))
        .isInstanceOf(JsonLoadException.class)
        .hasMessage(
            "2024.json: $.days[2] (line 8, column 1): 2027-02-06 is listed twice, at $.days[1] as"
                + " a day off and here as a working day");
  }

  @Test
  void aDateOfAnotherYearIsRefused() {
    String json =
        holidayCn(
            2027,
            List.of(
                "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2028-01-26\",\"isOffDay\":true}"));

    assertThatThrownBy(() -> readJson(json))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.days[1] (line 7")
        .hasMessageEndingWith("a day of the year 2027 is expected, got 2028-01-26");
  }

  @Test
  void aDateThatDoesNotExistIsRefused() {
    String json =
        holidayCn(2027, List.of("{\"name\":\"春节\",\"date\":\"2027-02-30\",\"isOffDay\":true}"));

    assertThatThrownBy(() -> readJson(json))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.days[0].date (line 6")
        .hasMessageEndingWith("not a date (yyyy-MM-dd), got \"2027-02-30\"");
  }

  @Test
  void aWorkingWeekdayIsRefused() {
    String json =
        holidayCn(
            2027,
            List.of(
                "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2027-02-22\",\"isOffDay\":false}"));

    assertThatThrownBy(() -> readJson(json))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.days[1]")
        .hasMessageEndingWith(
            "a working day (isOffDay false) is a Saturday or Sunday made a working day, got"
                + " 2027-02-22 (MONDAY)");
  }

  @Test
  void aYearNotPublishedYetIsRefused() {
    assertThatThrownBy(() -> readJson(holidayCn(2027, List.of())))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.days")
        .hasMessageEndingWith(
            "no day off of 2027 is listed: the year's schedule is not published in this file yet");
  }

  @Test
  void aFileMixingTheTwoFormatsIsRefused() {
    assertThatThrownBy(
            () -> readJson("{\"year\": 2027, \"holidays\": {}, \"workdays\": {}, \"days\": []}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.holidays")
        .hasMessageEndingWith(
            "a working calendar is either the project's (source, holidays, workdays) or"
                + " holiday-cn's (year, papers, days), this file has \"holidays\" and \"year\"");
  }

  @Test
  void anICalendarDateBothOffAndOnIsRefusedAtItsLine() {
    String ics =
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:春节假期\nDTSTART;VALUE=DATE:20270205\n"
            + "DTEND;VALUE=DATE:20270212\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:上班(补春节假期)\n"
            + "DTSTART;VALUE=DATE:20270206\nEND:VEVENT\nEND:VCALENDAR\n";

    assertThatThrownBy(() -> readIcs(ics))
        .isInstanceOf(IcsLoadException.class)
        .hasMessage(
            "2024.ics line 9: 2027-02-06 is listed twice, at line 4 as a day off and here as a"
                + " working day");
  }

  @Test
  void anICalendarOfTwoYearsOrWithABadDateIsRefusedAtItsLine() {
    assertThatThrownBy(
            () ->
                readIcs(
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:元旦假期\nDTSTART;VALUE=DATE:20270101\n"
                        + "END:VEVENT\nBEGIN:VEVENT\nSUMMARY:元旦假期\n"
                        + "DTSTART;VALUE=DATE:20280101\nEND:VEVENT\nEND:VCALENDAR\n"))
        .isInstanceOf(IcsLoadException.class)
        .hasMessage(
            "2024.ics line 8: every day of the file is in one year, 2027 (from line 4), got"
                + " 2028-01-01");
    assertThatThrownBy(
            () ->
                readIcs(
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:元旦假期\nDTSTART;VALUE=DATE:20270230\n"
                        + "END:VEVENT\nEND:VCALENDAR\n"))
        .isInstanceOf(IcsLoadException.class)
        .hasMessage("2024.ics line 4: not a date (yyyyMMdd), got \"20270230\"");
    assertThatThrownBy(() -> readIcs("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:元旦假期\n"))
        .isInstanceOf(IcsLoadException.class)
        .hasMessage("2024.ics line 2: the event is not closed by END:VEVENT");
  }

  /** 2019 as its notice lists it: 2018-12-29 worked and 2018-12-30/31 off, for New Year's Day. */
  private static List<String> holidayCn2019Days(boolean decemberTwentyNinthOff) {
    List<String> days = new ArrayList<>();
    days.add(
        "{\"name\":\"元旦\",\"date\":\"2018-12-29\",\"isOffDay\":" + decemberTwentyNinthOff + "}");
    days.add("{\"name\":\"元旦\",\"date\":\"2018-12-30\",\"isOffDay\":true}");
    days.add("{\"name\":\"元旦\",\"date\":\"2018-12-31\",\"isOffDay\":true}");
    days.addAll(holidayCnDays(2019));
    return days;
  }

  @Test
  void daysOfTheDecemberBeforeUnderNewYearAreAppliedToThePreviousYear() {
    HolidayTable year = readJson(holidayCn(2019, holidayCn2019Days(false)));

    assertThat(year.coverage())
        .isEqualTo(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    assertThat(year.holidays())
        .containsKeys(LocalDate.of(2018, 12, 30), LocalDate.of(2018, 12, 31));
    assertThat(year.adjustedWorkingDays()).containsKey(LocalDate.of(2018, 12, 29));
    assertThatThrownBy(() -> year.kindOf(LocalDate.of(2018, 12, 31)))
        .hasMessageContaining("2018-12-31");

    WorkingCalendar loaded = DEFAULT.withOfficialYears(year);
    for (LocalDate d = LocalDate.of(2018, 12, 1); d.getYear() < 2020; d = d.plusDays(1)) {
      assertThat(loaded.kindOf(d)).as(d.toString()).isEqualTo(DEFAULT.kindOf(d));
    }
    assertThat(loaded.kindOf(LocalDate.of(2018, 12, 29))).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
    assertThat(loaded.kindOf(LocalDate.of(2018, 12, 31))).isEqualTo(DayKind.HOLIDAY);
    assertThat(loaded.sourceOf(2018)).contains("chinese-days");
  }

  @Test
  void aNoticeContradictingTheOfficialDecemberBeforeIsRefusedNamingFileAndDate() {
    HolidayTable year = readJson(holidayCn(2019, holidayCn2019Days(true)));

    assertThatThrownBy(() -> DEFAULT.withOfficialYears(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("holiday-cn 2019 read from 2024.json")
        .hasMessageContaining("2018-12-29 (元旦) is listed as a day off")
        .hasMessageContaining("the official 2018 of chinese-days");
  }

  @Test
  void aDateOfTheYearBeforeOutsideItsNewYearIsRefused() {
    for (String day :
        List.of(
            "{\"name\":\"春节\",\"date\":\"2018-12-30\",\"isOffDay\":true}",
            "{\"name\":\"元旦\",\"date\":\"2018-12-24\",\"isOffDay\":true}",
            "{\"name\":\"元旦\",\"date\":\"2017-12-31\",\"isOffDay\":true}")) {
      List<String> days = new ArrayList<>(holidayCnDays(2019));
      days.add(0, day);
      assertThatThrownBy(() -> readJson(holidayCn(2019, days)))
          .isInstanceOf(JsonLoadException.class)
          .hasMessageContaining("$.days[0] (line 6")
          .hasMessageContaining("a day of the year 2019 is expected, got ");
    }
  }

  @Test
  void anICalendarEventAcrossNewYearIsAppliedToThePreviousYear() {
    String events =
        "BEGIN:VEVENT\r\nSUMMARY:上班(补元旦假期)\r\nDTSTART;VALUE=DATE:20181229\r\n"
            + "DTEND;VALUE=DATE:20181230\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nSUMMARY:元旦假期\r\nDTSTART;VALUE=DATE:20181230\r\n"
            + "DTEND;VALUE=DATE:20190101\r\nEND:VEVENT\r\n";
    String text = ics(2019).replaceFirst("BEGIN:VEVENT", events + "BEGIN:VEVENT");
    HolidayTable year = readIcs(text);

    assertThat(year.holidays()).containsKey(LocalDate.of(2018, 12, 31));
    WorkingCalendar loaded = DEFAULT.withOfficialYears(year);
    for (LocalDate d = LocalDate.of(2018, 12, 1); d.getYear() < 2020; d = d.plusDays(1)) {
      assertThat(loaded.kindOf(d)).as(d.toString()).isEqualTo(DEFAULT.kindOf(d));
    }
    // a December day of New Year in a file of a later year is refused at its line
    assertThatThrownBy(
            () ->
                readIcs(
                    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:上班(补元旦假期)\n"
                        + "DTSTART;VALUE=DATE:20181229\nEND:VEVENT\nBEGIN:VEVENT\n"
                        + "SUMMARY:元旦假期\nDTSTART;VALUE=DATE:20200101\nEND:VEVENT\n"
                        + "END:VCALENDAR\n"))
        .isInstanceOf(IcsLoadException.class)
        .hasMessageStartingWith("2024.ics line 4: every day of the file is in one year, 2020")
        .hasMessageContaining(
            "or in the last week of the December before under 元旦, got 2018-12-29");
  }
}
