package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.junit.jupiter.api.Test;

class RoleKpisTest {

  private static final Evaluation EVALUATION = Evaluation.on(GovernanceEngine.builder().build());
  private static final Actor ROUTER =
      Actor.system("autonomy matters go to the community committee");
  private static final ResponsibleSubject WRONG =
      ResponsibleSubject.gridWorker(PersonId.of("p-x"), "许某");
  private static final ResponsibleSubject COMMITTEE =
      ResponsibleSubject.community(ZHANQIAN, "站前社区委员会");
  private static final Actor HANDLER = Actor.person(PersonId.of("p-handler"));

  /**
   * Reported at 9:00, dispatched at 9:30 to the wrong subject, who returns it at 10:00; dispatched
   * again at 12:00 (two hours after the return) to the committee, which accepts after two days
   * (late), resolves on time, is rated unsatisfied, resolves again and is rated satisfied.
   */
  private static WorkOrder story() {
    Instant at = Districts.in(Q2, 1);
    Deadlines d = Deadlines.of(at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(5)));
    return Districts.reported("R-1", ZHANQIAN_1, at)
        .dispatch(WRONG, d, ROUTER, at.plus(Duration.ofMinutes(30)), "")
        .orElseThrow()
        .returnOrder(Actor.person(PersonId.of("p-x")), at.plus(Duration.ofHours(1)), "not mine")
        .orElseThrow()
        .dispatch(COMMITTEE, d, Actor.person(Districts.LIN), at.plus(Duration.ofHours(3)), "")
        .orElseThrow()
        .accept(HANDLER, at.plus(Duration.ofDays(2)), "")
        .orElseThrow()
        .start(HANDLER, at.plus(Duration.ofDays(2)), "")
        .orElseThrow()
        .resolve(HANDLER, at.plus(Duration.ofDays(3)), "")
        .orElseThrow()
        .rate(
            Rating.of(Satisfaction.UNSATISFIED, Districts.RESIDENT, at.plus(Duration.ofDays(3))),
            Actor.person(Districts.RESIDENT),
            "")
        .orElseThrow()
        .start(HANDLER, at.plus(Duration.ofDays(3)), "")
        .orElseThrow()
        .resolve(HANDLER, at.plus(Duration.ofDays(6)), "")
        .orElseThrow()
        .rate(
            Rating.of(Satisfaction.SATISFIED, Districts.RESIDENT, at.plus(Duration.ofDays(6))),
            Actor.person(Districts.RESIDENT),
            "")
        .orElseThrow();
  }

  private static RoleKpiLine line(SubjectRole role, String reference) {
    return EVALUATION.roleKpis(List.of(story())).stream()
        .filter(l -> l.role() == role && l.reference().equals(reference))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDispatcherIsMeasuredOnTimeAndOnAccuracy() {
    RoleKpiLine router = line(SubjectRole.DISPATCHER, ROUTER.name());
    RoleKpiLine lin = line(SubjectRole.DISPATCHER, Districts.LIN.value());

    // the router dispatched within the hour but to the wrong subject
    assertThat(router.value(RoleKpi.ON_TIME_DISPATCH)).hasValue(1.0);
    assertThat(router.value(RoleKpi.ACCURATE_DISPATCH)).hasValue(0.0);
    // Lin dispatched two hours after the return: late, but to the right subject
    assertThat(lin.value(RoleKpi.ON_TIME_DISPATCH)).hasValue(0.0);
    assertThat(lin.value(RoleKpi.ACCURATE_DISPATCH)).hasValue(1.0);
  }

  @Test
  void aHandlerIsMeasuredOnResponseResolutionReworkAndSatisfaction() {
    RoleKpiLine committee = line(SubjectRole.HANDLER, ZHANQIAN.value());

    assertThat(committee.kind()).isEqualTo("COMMUNITY_COMMITTEE");
    assertThat(committee.value(RoleKpi.RESPONSE_ON_TIME)).hasValue(0.0);
    assertThat(committee.value(RoleKpi.ON_TIME_RESOLUTION)).hasValue(1.0);
    assertThat(committee.value(RoleKpi.REWORK)).hasValue(1.0);
    assertThat(committee.value(RoleKpi.SATISFACTION)).hasValue(0.5);
  }

  @Test
  void aSubjectThatReturnedAnOrderIsNotDueToResolveIt() {
    RoleKpiLine wrong = line(SubjectRole.HANDLER, "p-x");

    assertThat(wrong.name()).isEqualTo("许*");
    assertThat(wrong.counts().returned()).isEqualTo(1);
    assertThat(wrong.value(RoleKpi.ON_TIME_RESOLUTION)).isEmpty();
  }

  @Test
  void everyRoleKpiHasAChineseAndAnEnglishName() {
    for (RoleKpi kpi : RoleKpi.values()) {
      assertThat(kpi.chineseName()).isNotBlank();
      assertThat(kpi.englishName()).isNotBlank();
    }
  }
}
