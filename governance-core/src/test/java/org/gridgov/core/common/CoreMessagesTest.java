package org.gridgov.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.gridgov.core.calendar.CalendarRangeException;
import org.gridgov.core.calendar.DayKind;
import org.gridgov.core.calendar.Period;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.io.JsonLoadException;
import org.gridgov.core.io.JsonProblem;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.ListKind;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectStatus;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.CancellationReason;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.OriginList;
import org.gridgov.core.workorder.Refusal;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrderCommand;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

class CoreMessagesTest {

  private static final Messages CORE = Messages.of(Messages.CORE);

  /** The enums whose constants a district user reads. */
  private static final List<Class<? extends Enum<?>>> DOMAIN_ENUMS =
      List.of(
          ListKind.class,
          OriginList.class,
          Urgency.class,
          MatterKind.class,
          Channel.class,
          ProjectStatus.class,
          SubjectKind.class,
          EscalationLevel.class,
          WorkOrderStatus.class,
          CancellationReason.class,
          WorkOrderCommand.class,
          Refusal.Reason.class,
          Kpi.class,
          Satisfaction.class,
          PropertyMode.class,
          DayKind.class);

  @Test
  void aNumberWithoutAFormatReadsAsItsDigitsAsItDidInTheOldEnglish() {
    ValueRefusedException tooLong =
        catchThrowableOfType(
            ValueRefusedException.class, () -> Checks.text("x".repeat(12_345), "a summary"));

    assertThat(tooLong.getMessage()).isEqualTo("a summary has at most 10000 characters, got 12345");
    assertThat(tooLong.describe(Messages.CHINESE)).contains("10000").contains("12345");
  }

  @Test
  void everyKeyExistsInEnglishAndInChinese() {
    assertThat(CORE.problems()).isEmpty();
  }

  @Test
  void everyDomainNameHasAnEnglishAndADifferentChineseName() {
    for (Class<? extends Enum<?>> type : DOMAIN_ENUMS) {
      for (Enum<?> value : type.getEnumConstants()) {
        String english = CORE.name(Locale.ENGLISH, value);
        String chinese = CORE.name(Messages.CHINESE, value);
        assertThat(english).as("%s in English", value).isNotBlank().isNotEqualTo(value.name());
        assertThat(chinese).as("%s in Chinese", value).isNotBlank().isNotEqualTo(english);
        assertThat(
                chinese
                    .codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .as("%s in Chinese is written in Chinese: %s", value, chinese)
            .isTrue();
      }
    }
  }

  @Test
  void theKpisCarryTheGlossarysChineseNames() {
    assertThat(Kpi.CLOSURE_RATE.displayName(Messages.CHINESE)).isEqualTo("办结率");
    assertThat(Kpi.ON_TIME_CLOSURE_RATE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("按期办结率");
    assertThat(Kpi.SATISFACTION_RATE.displayName(Messages.CHINESE)).isEqualTo("满意率");
    assertThat(Kpi.REWORK_RATE.displayName(Messages.CHINESE)).isEqualTo("返工率");
    for (Kpi kpi : Kpi.values()) {
      assertThat(kpi.displayName(Messages.CHINESE)).isEqualTo(kpi.chineseName());
    }
  }

  @Test
  void aLanguageWithoutABundleReadsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Urgency.EMERGENCY.name()).isEqualTo("EMERGENCY");
      assertThat(CORE.name(Locale.ENGLISH, Urgency.EMERGENCY)).isEqualTo("emergency");
      assertThat(CORE.name(Locale.FRENCH, Urgency.EMERGENCY)).isEqualTo("emergency");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aJsonProblemSaysWhereInTheReadersLanguage() {
    JsonProblem problem = new JsonProblem("$.grid", 3, 7, "a grid code has 15 digits");

    assertThat(problem.toString())
        .isEqualTo("$.grid (line 3, column 7): a grid code has 15 digits");
    assertThat(problem.describe(Messages.CHINESE))
        .isEqualTo("$.grid（第 3 行，第 7 列）：a grid code has 15 digits");
    assertThat(new JsonProblem("$", 12345, "x").toString()).isEqualTo("$ (line 12345): x");
  }

  @Test
  void aKeyedJsonProblemReadsInChinese() {
    JsonProblem problem =
        new JsonProblem("$", 0, 0, Message.of(Messages.CORE, "json.cannotBeRead", "disk"));

    assertThat(problem.message()).isEqualTo("cannot be read: disk");
    JsonLoadException e = new JsonLoadException("order.json", List.of(problem, problem));
    assertThat(e.getMessage()).startsWith("order.json: 2 problems");
    assertThat(e.describe(Messages.CHINESE))
        .startsWith("order.json：共 2 个问题")
        .contains("$：无法读取：disk");
  }

  @Test
  void aDateBeyondTheCalendarIsRefusedInEitherLanguage() {
    CalendarRangeException e =
        new CalendarRangeException(
            LocalDate.of(2031, 1, 2),
            new Period(LocalDate.of(2004, 1, 1), LocalDate.of(2026, 12, 31)));

    assertThat(e.getMessage())
        .isEqualTo(
            "the working calendar covers 2004–2026 (2004-01-01..2026-12-31), it has no holidays"
                + " for 2031-01-02");
    assertThat(e.describe(Messages.CHINESE))
        .isEqualTo("工作日历覆盖 2004–2026 年（2004-01-01..2026-12-31），没有 2031-01-02 的节假日安排");
  }

  @Test
  void theBundleCheckFindsWhatIsMissingOrMalformed() {
    assertThat(Messages.of("org.gridgov.core.common.incomplete").problems())
        .containsExactlyInAnyOrder(
            "org.gridgov.core.common.incomplete: only.english has no Chinese text of its own",
            "org.gridgov.core.common.incomplete: only.chinese has no English text",
            "org.gridgov.core.common.incomplete: same has no Chinese text of its own",
            "org.gridgov.core.common.incomplete: quote has a lone quote; write it twice: Jin'an",
            "org.gridgov.core.common.incomplete: arguments takes other arguments in Chinese than in"
                + " English");
  }

  @Test
  void aMissingKeyIsAnErrorNotASilentBlank() {
    assertThatThrownBy(() -> CORE.format(Locale.ENGLISH, "no.such.key"))
        .isInstanceOf(MissingResourceException.class);
  }
}
