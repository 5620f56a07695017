package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.util.List;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.JudgedOn;
import org.gridgov.rules.decision.RoleKpiLimit;
import org.gridgov.rules.fact.GridVolume;
import org.gridgov.rules.fact.JudgementBasis;
import org.gridgov.rules.fact.RoleKpiRequest;
import org.junit.jupiter.api.Test;

class JudgementBasisRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  private static JudgedOn judged(int thisQuarter, int twoQuarters, int community) {
    List<JudgedOn> found =
        ENGINE
            .decide(
                List.of(
                    new GridVolume(ZHANQIAN_1, ZHANQIAN, Q2, thisQuarter, twoQuarters, community)))
            .stream()
            .filter(JudgedOn.class::isInstance)
            .map(JudgedOn.class::cast)
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aGridWithTwoOrdersDueInTheQuarterIsJudgedOnThem() {
    JudgedOn j = judged(2, 2, 2);

    assertThat(j.basis()).isEqualTo(JudgementBasis.QUARTER);
    assertThat(j.rule()).isEqualTo("a grid with two orders due in the quarter is judged on them");
  }

  @Test
  void aGridWithOneIsJudgedOnTwoQuartersWhenTheyHaveTwo() {
    JudgedOn j = judged(1, 3, 1);

    assertThat(j.basis()).isEqualTo(JudgementBasis.TWO_QUARTERS);
    assertThat(j.rule()).isEqualTo("a grid with one is judged on two quarters when they have two");
  }

  @Test
  void aGridWithOneOverTwoQuartersIsJudgedWithItsCommunityOfFour() {
    JudgedOn j = judged(1, 1, 4);

    assertThat(j.basis()).isEqualTo(JudgementBasis.COMMUNITY);
    assertThat(j.rule())
        .isEqualTo("a grid with one over two quarters is judged with its community of four");
  }

  @Test
  void aGridWithOneOverTwoQuartersInACommunityWithFewerThanFourIsNotJudged() {
    JudgedOn j = judged(1, 1, 3);

    assertThat(j.basis()).isEqualTo(JudgementBasis.NOT_ENOUGH);
    assertThat(j.rule())
        .isEqualTo(
            "a grid with one over two quarters in a community with fewer than four is not judged");
  }

  @Test
  void aGridWithNoOrderDueInTheQuarterIsNotJudged() {
    JudgedOn j = judged(0, 5, 9);

    assertThat(j.basis()).isEqualTo(JudgementBasis.NOT_ENOUGH);
    assertThat(j.rule()).isEqualTo("a grid with no order due in the quarter is not judged");
  }

  @Test
  void aDispatchWithinSixtyMinutesOfTheReportIsOnTime() {
    assertThat(ENGINE.decide(List.of(new RoleKpiRequest())))
        .singleElement()
        .isInstanceOfSatisfying(
            RoleKpiLimit.class,
            l -> {
              assertThat(l.dispatchWithinMinutes()).isEqualTo(60);
              assertThat(l.rule())
                  .isEqualTo("a dispatch within sixty minutes of the report is on time");
            });
  }
}
