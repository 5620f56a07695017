package org.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

  @Test
  void theReadersOwnFindingsStayInTheirWords() {
    IcsLoadException e = new IcsLoadException("2024.ics", 3, "BEGIN:VCALENDAR is expected");

    assertThat(e.describe(Messages.CHINESE))
        .isEqualTo("2024.ics 第 3 行：BEGIN:VCALENDAR is expected");
    assertThat(e.getMessage()).isEqualTo("2024.ics line 3: BEGIN:VCALENDAR is expected");
  }
}
