package org.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gridgov.core.calendar.DayKind;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.io.WorkingCalendarJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.rules.escalation.Escalation;
import org.junit.jupiter.api.Test;

/** The engine's working calendar: official years loaded at run time and coverage left. */
class EngineCalendarTest {

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
  }

  private static HolidayTable year(int year, String days) {
    String json = "{\"year\": " + year + ", \"papers\": [], \"days\": [" + days + "]}";
    return WorkingCalendarJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), year + ".json");
  }

  private static final HolidayTable OFFICIAL_2027 =
      year(
          2027,
          "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
              + "{\"name\": \"元旦\", \"date\": \"2027-01-04\", \"isOffDay\": true}");

  private static GovernanceEngine engineOn(String day) {
    return GovernanceEngine.builder()
        .clock(Clock.fixed(shanghai(day + "T09:00"), WorkingCalendar.CHINA))
        .build();
  }

  @Test
  void reportsTheDaysOfOfficialCoverageLeft() {
    assertThat(engineOn("2026-12-06").officialDaysLeft()).isEqualTo(25);
    assertThat(engineOn("2026-12-31").officialDaysLeft()).isZero();
    assertThat(engineOn("2027-01-02").officialDaysLeft()).isEqualTo(-2);
  }

  /**
   * What the audit log (slf4j-simple, on standard error) writes while an engine is built and used.
   */
  private static String auditLogOf(String day) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      GovernanceEngine engine = engineOn(day);
      engine.calendar();
      engine.calendar();
    } finally {
      System.setErr(err);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theAuditLogWarnsOnceADayWithinSixtyDaysOfTheEndOfTheOfficialTable() {
    String warning =
        "working calendar: the official holiday table ends on 2026-12-31 (46 days left)";

    String within = auditLogOf("2026-11-15");
    assertThat(within).contains("WARN org.gridgov.rules.audit - " + warning);
    assertThat(within.split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
    assertThat(auditLogOf("2026-10-01")).doesNotContain("official holiday table ends");
  }

  @Test
  void loadingNextYearSwapsTheCalendarAndItsDeadlinesAreNoLongerProvisional() {
    // given an engine on the shipped table, giving a provisional deadline into January
    GovernanceEngine engine = engineOn("2026-12-28");
    Escalation escalation = Escalation.on(engine);
    Instant monday = shanghai("2026-12-28T10:00");
    Deadlines before =
        escalation.deadlines(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE, monday);
    assertThat(before.provisional()).isTrue();
    assertThat(before.resolveBy()).contains(shanghai("2027-01-05T17:30"));

    // when the official 2027 schedule is loaded (with 4 January off as well)
    WorkingCalendar loaded = engine.loadOfficialYears(OFFICIAL_2027);

    // then the engine counts on it: one more day off, and nothing provisional
    assertThat(engine.calendar()).isSameAs(loaded);
    assertThat(engine.officialDaysLeft()).isEqualTo(368);
    Deadlines after =
        escalation.deadlines(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE, monday);
    assertThat(after.provisional()).isFalse();
    assertThat(after.resolveBy()).contains(shanghai("2027-01-06T17:30"));
  }

  @Test
  void aYearThatLeavesAGapIsRefusedAndTheCalendarStaysAsItWas() {
    GovernanceEngine engine = engineOn("2026-12-28");
    WorkingCalendar before = engine.calendar();
    HolidayTable year2028 =
        year(2028, "{\"name\": \"元旦\", \"date\": \"2028-01-03\", \"isOffDay\": true}");

    assertThatThrownBy(() -> engine.loadOfficialYears(year2028))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("load 2027 first");
    assertThat(engine.calendar()).isSameAs(before);
    assertThat(engine.calendar().coverage().last()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(engine.calendar().isProvisional(LocalDate.of(2028, 1, 3))).isTrue();
  }

  @Test
  void theBuilderTakesOfficialYears() {
    GovernanceEngine engine = GovernanceEngine.builder().officialYears(OFFICIAL_2027).build();

    assertThat(engine.calendar().coverage().last()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(engine.calendar().kindOf(LocalDate.of(2027, 1, 4))).isEqualTo(DayKind.HOLIDAY);
    assertThat(engine.calendar().sourceOf(2027)).contains("holiday-cn 2027");
  }
}
