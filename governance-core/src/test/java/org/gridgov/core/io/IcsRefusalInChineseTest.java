package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.ValueRefusedException;
import org.junit.jupiter.api.Test;

/** An iCalendar file's problem that is a refusal of the domain is told in Chinese, at its file. */
class IcsRefusalInChineseTest {

  @Test
  void aKeyedProblemReadsInChineseWithTheFileAndLine() {
    ValueRefusedException refusal =
        catchThrowableOfType(
            ValueRefusedException.class,
            () -> Period.of(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)));

    IcsLoadException e = new IcsLoadException("2024.ics", 12, refusal.text());

    assertThat(e.getMessage())
        .isEqualTo("2024.ics line 12: a period ends on or after 2024-03-02, got 2024-03-01");
    assertThat(e.describe(Messages.CHINESE))
        .isEqualTo("2024.ics 第 12 行：期间应在 2024-03-02 当天或之后结束，实为 2024-03-01");
  }

  private static IcsLoadException refused(String ics) {
    return catchThrowableOfType(
        IcsLoadException.class,
        () ->
            HolidayCalendarIcs.read(
                new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "2027.ics"));
  }

  @Test
  void theReadersOwnFindingsReadInChineseAtTheirLine() {
    IcsLoadException notACalendar = refused("BEGIN:VEVENT\n");
    IcsLoadException twice =
        refused(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:春节假期\nDTSTART;VALUE=DATE:20270205\n"
                + "DTEND;VALUE=DATE:20270212\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:上班(补春节假期)\n"
                + "DTSTART;VALUE=DATE:20270206\nEND:VEVENT\nEND:VCALENDAR\n");
    IcsLoadException weekday =
        refused(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:上班(补春节假期)\n"
                + "DTSTART;VALUE=DATE:20270222\nEND:VEVENT\nEND:VCALENDAR\n");

    assertThat(notACalendar.getMessage()).isEqualTo("2027.ics line 1: BEGIN:VCALENDAR is expected");
    assertThat(notACalendar.describe(Messages.CHINESE))
        .isEqualTo("2027.ics 第 1 行：文件应以 BEGIN:VCALENDAR 开头");
    assertThat(twice.describe(Messages.CHINESE))
        .isEqualTo("2027.ics 第 9 行：2027-02-06 列出了两次：第 4 行列为休息日，此处列为工作日");
    assertThat(weekday.describe(Messages.CHINESE))
        .isEqualTo("2027.ics 第 4 行：上班日应为调成工作日的周六或周日，实为 2027-02-22（星期一）");
    assertThat(weekday.getMessage()).endsWith("made a working day, got 2027-02-22 (MONDAY)");
  }
}
