package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WorkingTime;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final Escalation ESCALATION = Escalation.on(ENGINE);

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant();
  }

  private static TimeLimit limits(String category, Urgency urgency) {
    return ESCALATION.timeLimits(Category.of(category), urgency);
  }

  @Test
  void emergenciesAreAcceptedWithinOneWorkingHourAndResolvedWithinOneWorkingDay() {
    TimeLimit limit = limits("EVENT_FIRE_HAZARD", Urgency.EMERGENCY);

    assertThat(limit.accept()).isEqualTo(WorkingTime.hours(1));
    assertThat(limit.resolve()).isEqualTo(WorkingTime.days(1));
    assertThat(limit.rule())
        .isEqualTo(
            "emergencies are accepted within 1 working hour and resolved within 1 working day");
  }

  @Test
  void urgentOrdersAreAcceptedWithinFourWorkingHoursAndResolvedWithinThreeWorkingDays() {
    TimeLimit limit = limits("SERVICE_PROPERTY", Urgency.URGENT);

    assertThat(limit.accept()).isEqualTo(WorkingTime.hours(4));
    assertThat(limit.resolve()).isEqualTo(WorkingTime.days(3));
    assertThat(limit.rule())
        .isEqualTo(
            "urgent orders are accepted within 4 working hours and resolved within 3 working days");
  }

  @Test
  void routineOrdersAreAcceptedWithinOneWorkingDayAndResolvedWithinFiveWorkingDays() {
    TimeLimit limit = limits("SERVICE_PROPERTY", Urgency.ROUTINE);

    assertThat(limit.accept()).isEqualTo(WorkingTime.days(1));
    assertThat(limit.resolve()).isEqualTo(WorkingTime.days(5));
    assertThat(limit.rule())
        .isEqualTo(
            "routine orders are accepted within 1 working day and resolved within 5 working days");
  }

  @Test
  void routineHousingAndLandMattersAreResolvedWithinFifteenWorkingDays() {
    assertComplex(
        "COMPONENT_HOUSING_AND_LAND",
        "routine housing and land matters are resolved within 15 working days");
  }

  @Test
  void routineConstructionMattersAreResolvedWithinFifteenWorkingDays() {
    assertComplex(
        "EVENT_CONSTRUCTION", "routine construction matters are resolved within 15 working days");
  }

  @Test
  void routineOldCompoundRenovationsAreResolvedWithinFifteenWorkingDays() {
    assertComplex(
        "SERVICE_OLD_COMPOUND_RENOVATION",
        "routine old compound renovations are resolved within 15 working days");
  }

  @Test
  void routineSocialSecurityMattersAreResolvedWithinFifteenWorkingDays() {
    assertComplex(
        "SERVICE_SOCIAL_SECURITY",
        "routine social security matters are resolved within 15 working days");
  }

  private static void assertComplex(String category, String rule) {
    TimeLimit limit = limits(category, Urgency.ROUTINE);

    assertThat(limit.categoryCode()).isEqualTo(category);
    assertThat(limit.accept()).isEqualTo(WorkingTime.days(1));
    assertThat(limit.resolve()).isEqualTo(WorkingTime.days(15));
    assertThat(limit.rule()).isEqualTo(rule);
  }

  @Test
  void aComplexCategoryFollowsTheRowForAnyCategoryAtOtherUrgencies() {
    assertThat(limits("EVENT_CONSTRUCTION", Urgency.URGENT).resolve())
        .isEqualTo(WorkingTime.days(3));
  }

  @Test
  void anUnknownCategoryGetsTheRowForAnyCategoryOfItsUrgency() {
    TimeLimit limit = limits("SERVICE_NOT_IN_THE_TABLE", Urgency.ROUTINE);

    assertThat(limit.categoryCode()).isEqualTo("SERVICE_NOT_IN_THE_TABLE");
    assertThat(limit.resolve()).isEqualTo(WorkingTime.days(5));
    assertThat(limit.rule()).startsWith("routine orders are accepted within 1 working day");
  }

  @Test
  void theTableIsAskedAtRuleLoadForEveryCategoryAndUrgency() {
    long categories =
        ENGINE.catalogue().stream()
            .filter(org.gridgov.rules.decision.CategoryDefinition.class::isInstance)
            .count();
    long answers = ENGINE.catalogue().stream().filter(TimeLimit.class::isInstance).count();

    // every defined category and the unknown one, at three urgencies; the four complex
    // categories have a second, more specific answer at ROUTINE
    assertThat(answers).isEqualTo((categories + 1) * 3 + 4);
    assertThat(limits("SERVICE_PROPERTY", Urgency.URGENT))
        .isSameAs(limits("SERVICE_PROPERTY", Urgency.URGENT));
  }

  @Test
  void anEmergencyDispatchedOnTheEveOfSpringFestivalIsDueOnTheAdjustedWorkingSunday() {
    Deadlines deadlines =
        ESCALATION.deadlines(
            Category.of("EVENT_EMERGENCY"), Urgency.EMERGENCY, shanghai("2024-02-09T17:00"));

    assertThat(deadlines.acceptBy()).contains(shanghai("2024-02-18T09:00"));
    assertThat(deadlines.resolveBy()).contains(shanghai("2024-02-18T17:30"));
  }

  @Test
  void aRoutineDeadlineSkipsTheSpringFestivalHoliday() {
    Deadlines deadlines =
        ESCALATION.deadlines(
            Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE, shanghai("2024-02-08T10:00"));

    // counted: Fri 02-09, Sun 02-18 (adjusted), Mon 02-19, Tue 02-20, Wed 02-21
    assertThat(deadlines.acceptBy()).contains(shanghai("2024-02-09T17:30"));
    assertThat(deadlines.resolveBy()).contains(shanghai("2024-02-21T17:30"));
  }

  @Test
  void anUrgentOrderDispatchedInTheAfternoonIsDueToBeAcceptedTheNextMorning() {
    Deadlines deadlines =
        ESCALATION.deadlines(
            Category.of("SERVICE_PROPERTY"), Urgency.URGENT, shanghai("2024-03-05T16:30"));

    assertThat(deadlines.acceptBy()).contains(shanghai("2024-03-06T11:30"));
    assertThat(deadlines.resolveBy()).contains(shanghai("2024-03-08T17:30"));
  }
}
