package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gridgov.core.calendar.BeyondCoverage;
import org.gridgov.core.calendar.CalendarRangeException;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarJsonTest {

  private static HolidayTable read(String json) {
    return WorkingCalendarJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void loadsTheShippedCalendarWith620HolidaysAnd150AdjustedWorkingDays() {
    HolidayTable table = WorkingCalendarJson.chinaTable();

    assertThat(table.holidays()).hasSize(620);
    assertThat(table.adjustedWorkingDays()).hasSize(150);
    assertThat(table.coverage())
        .isEqualTo(Period.of(LocalDate.of(2004, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(table.source()).contains("chinese-days 1.5.7", "MIT", "Yawei sun");
    assertThat(table.holidays()).containsEntry(LocalDate.of(2024, 2, 10), "春节");
    assertThat(table.adjustedWorkingDays()).containsEntry(LocalDate.of(2024, 2, 18), "春节");
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    // given a file with the holidays of one year
    Path file = dir.resolve("calendar.json");
    Files.writeString(
        file, "{\"holidays\": {\"2024-01-01\": \"元旦\"}, \"workdays\": {\"2024-02-04\": \"春节\"}}");

    // when
    HolidayTable table = WorkingCalendarJson.read(file);

    // then it covers 2024 and names its file as its source
    assertThat(table.coverage()).isEqualTo(Period.year(2024));
    assertThat(table.source()).isEqualTo("read from " + file);
  }

  @Test
  void refusesADateBeyondTheYearsOfAFileWithTheTypedException() {
    // given a calendar from a file that lists 2024 only
    WorkingCalendar calendar =
        WorkingCalendar.of(read("{\"holidays\": {\"2024-01-01\": \"元旦\"}, \"workdays\": {}}"))
            .withBeyondCoverage(BeyondCoverage.REFUSE);

    // then a date in 2025 is refused, naming the date and the covered year
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2025, 3, 3)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessage(
            "the working calendar covers 2024 (2024-01-01..2024-12-31),"
                + " it has no holidays for 2025-03-03");
  }

  @Test
  void reportsAMalformedDateWithItsJsonPath() {
    assertThatThrownBy(
            () ->
                read(
                    "{\n  \"holidays\": {\n    \"2024-01-01\": \"元旦\",\n"
                        + "    \"2024-13-01\": \"春节\"\n  },\n  \"workdays\": {}\n}"))
        .isInstanceOfSatisfying(
            JsonLoadException.class,
            e -> {
              assertThat(e.problems().get(0).path()).isEqualTo("$.holidays['2024-13-01']");
              assertThat(e.problems().get(0).line()).isEqualTo(4);
            })
        .hasMessageStartingWith("test.json: $.holidays['2024-13-01'] (line 4, column ")
        .hasMessageEndingWith(": not a date (yyyy-MM-dd), got \"2024-13-01\"");
  }

  @Test
  void reportsADateThatDoesNotExist() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2023-02-29\": \"春节\"}, \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("$.holidays['2023-02-29'] (line 1, column 15): not a date");
  }

  @Test
  void reportsAFestivalNameOfTheWrongTypeWithItsJsonPath() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2024-01-01\": 1}, \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageStartingWith("test.json: $.holidays['2024-01-01'] (line 1, column ")
        .hasMessageEndingWith(": a festival name (a string) is expected here, got the number 1");
  }

  @Test
  void aFestivalNameOfTheWrongTypeReadsInChineseAtTheSamePath() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2024-01-01\": 1}, \"workdays\": {}}"))
        .isInstanceOfSatisfying(
            JsonLoadException.class,
            e ->
                assertThat(e.describe(java.util.Locale.CHINESE))
                    .startsWith("test.json：$.holidays['2024-01-01']（第 1 行，第 ")
                    .endsWith("：此处应为节日名称（文本），实为数字 1"));
  }

  @Test
  void reportsAListOfTheWrongTypeWithItsJsonPath() {
    assertThatThrownBy(() -> read("{\"holidays\": [\"2024-01-01\"], \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageStartingWith("test.json: $.holidays (line 1, column ")
        .hasMessageEndingWith(": an object of date → festival name is expected here, got an array");
  }

  @Test
  void reportsTruncatedJsonWithItsLocation() {
    assertThatThrownBy(() -> read("{\n  \"holidays\": {\n    \"2024-01-01\": \"元旦\",\n"))
        .isInstanceOfSatisfying(
            JsonLoadException.class,
            e -> assertThat(e.problems().get(0).line()).isGreaterThanOrEqualTo(3))
        .hasMessageContaining("the JSON ends too early: it is truncated or not closed")
        .hasMessageContaining("$.holidays");
  }

  @Test
  void reportsInvalidJsonWithItsLocation() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2024-01-01\" \"元旦\"}, \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageStartingWith("test.json: $.holidays['2024-01-01'] (line 1, column ")
        .hasMessageContaining(": not valid JSON: ");
  }

  @Test
  void reportsADuplicateDate() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"holidays\": {\"2024-01-01\": \"元旦\", \"2024-01-01\": \"春节\"},"
                        + " \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("Duplicate field '2024-01-01'");
  }

  @Test
  void reportsAnUnknownField() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"holidays\": {\"2024-01-01\": \"元旦\"}, \"workdays\": {},"
                        + " \"holyday\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageStartingWith("test.json: $.holyday (line 1, column ")
        .hasMessageEndingWith(": unknown field; the fields are source, holidays and workdays");
  }

  @Test
  void reportsAMissingList() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2024-01-01\": \"元旦\"}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining(
            ": a working calendar has both \"holidays\" and \"workdays\", missing \"workdays\"");
  }

  @Test
  void reportsContentAfterTheCalendar() {
    assertThatThrownBy(() -> read("{\"holidays\": {\"2024-01-01\": \"元旦\"}, \"workdays\": {}} []"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageStartingWith(
            "test.json: $ (line 1, column 56): content after the end of the calendar object");
  }

  @Test
  void reportsABrokenRuleOfTheTableNamingTheDate() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"holidays\": {\"2024-01-01\": \"元旦\"},"
                        + " \"workdays\": {\"2024-02-05\": \"春节\"}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessage(
            "test.json: $: an adjusted working day falls on a Saturday or Sunday,"
                + " got 2024-02-05 (MONDAY, 春节)");
  }

  @Test
  void reportsAMissingFileByName(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");

    assertThatThrownBy(() -> WorkingCalendarJson.read(missing))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void refusesAFolderADeviceAndAFileLargerThanTheLimitBeforeReadingThem(@TempDir Path dir)
      throws IOException {
    Path large = dir.resolve("large.json");
    Files.write(large, new byte[(int) WorkingCalendarJson.MAX_FILE_BYTES + 1]);

    assertThatThrownBy(() -> WorkingCalendarJson.read(dir))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("is a folder");
    assertThatThrownBy(() -> WorkingCalendarJson.read(Path.of("/dev/zero")))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> WorkingCalendarJson.read(large))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("is larger than the 4.0 MiB");
    assertThatThrownBy(() -> HolidayFiles.read(dir.resolve("2027.ics")))
        .isInstanceOf(IcsLoadException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void aMillionCharactersWhereDatesAreExpectedAreNotRepeatedInTheMessage() {
    String huge = "x".repeat(1_000_000);

    assertThatThrownBy(() -> read("{\"holidays\": \"" + huge + "\", \"workdays\": {}}"))
        .isInstanceOf(JsonLoadException.class)
        .hasMessageContaining("(1000000 characters)")
        .message()
        .hasSizeLessThan(300);
  }

  @Test
  void reportsABlankFestivalAtItsDateAndLine() {
    assertThatThrownBy(
            () -> read("{\"holidays\": {\n  \"2024-01-01\": \" \"\n}, \"workdays\": {}}"))
        .isInstanceOfSatisfying(
            JsonLoadException.class,
            e -> {
              assertThat(e.problems().get(0).path()).isEqualTo("$.holidays['2024-01-01']");
              assertThat(e.problems().get(0).line()).isEqualTo(2);
            })
        .hasMessageEndingWith(": the festival of a holiday 2024-01-01 must not be blank");
  }
}
