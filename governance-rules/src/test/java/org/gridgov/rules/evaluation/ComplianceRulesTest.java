package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;

import java.util.List;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.ComplianceFinding;
import org.gridgov.rules.decision.ComplianceVerdict;
import org.gridgov.rules.fact.CommunityQuarter;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  private static List<ComplianceFinding> findings(CommunityQuarter fact) {
    return ENGINE.decide(List.of(fact)).stream()
        .filter(ComplianceFinding.class::isInstance)
        .map(ComplianceFinding.class::cast)
        .toList();
  }

  @Test
  void aCommunityWithoutAJointMeetingInTheQuarterIsNotCompliant() {
    assertThat(findings(new CommunityQuarter(ZHANQIAN, Q2, false, 3, 0)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(ComplianceVerdict.NO_JOINT_MEETING);
              assertThat(f.community()).isEqualTo(ZHANQIAN);
              assertThat(f.rule())
                  .isEqualTo("a community without a joint meeting in the quarter is not compliant");
            });
  }

  @Test
  void aCommunityWhoseListsWereNotRefreshedInTheQuarterIsNotCompliant() {
    assertThat(findings(new CommunityQuarter(ZHANQIAN, Q2, true, 0, 0)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo(ComplianceVerdict.LISTS_NOT_REFRESHED);
              assertThat(f.rule())
                  .isEqualTo(
                      "a community whose lists were not refreshed in the quarter is not compliant");
            });
  }

  @Test
  void aCommunityThatHeldItsJointMeetingAndRefreshedItsListsIsCompliant() {
    assertThat(findings(new CommunityQuarter(ZHANQIAN, Q2, true, 0, 1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.compliant()).isTrue();
              assertThat(f.rule())
                  .isEqualTo(
                      "a community that held its joint meeting and refreshed its lists is"
                          + " compliant");
            });
  }

  @Test
  void aCommunityThatFailsOnBothCountsHasBothFindings() {
    assertThat(findings(new CommunityQuarter(ZHANQIAN, Q2, false, 0, 0)))
        .extracting(ComplianceFinding::verdict)
        .containsExactlyInAnyOrder(
            ComplianceVerdict.NO_JOINT_MEETING, ComplianceVerdict.LISTS_NOT_REFRESHED);
  }
}
