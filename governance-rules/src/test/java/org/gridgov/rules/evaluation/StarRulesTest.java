package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.Districts.Q2;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN;
import static org.gridgov.rules.evaluation.Districts.ZHANQIAN_1;

import java.util.List;
import org.gridgov.core.people.PersonId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.StarNomination;
import org.gridgov.rules.fact.RankedNominee;
import org.gridgov.rules.fact.StarCandidate;
import org.gridgov.rules.fact.StarRole;
import org.junit.jupiter.api.Test;

class StarRulesTest {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();

  /** A candidate with on-time orders, each rated once, some unsatisfied, some praised. */
  private static StarCandidate candidate(
      String person, StarRole role, int onTime, int unsatisfied, int praised) {
    return new StarCandidate(
        ZHANQIAN_1,
        ZHANQIAN,
        Q2,
        PersonId.of(person),
        role,
        onTime + unsatisfied,
        onTime,
        onTime + unsatisfied,
        onTime,
        unsatisfied,
        praised);
  }

  private static List<StarNomination> nominated(StarCandidate... facts) {
    return ENGINE.decide(List.of(facts)).stream()
        .filter(StarNomination.class::isInstance)
        .map(StarNomination.class::cast)
        .toList();
  }

  private static RankedNominee ranked(StarNomination n, int grids, int rank) {
    return new RankedNominee(n.candidate(), n.points(), n.rule(), grids, rank);
  }

  private static List<GridServiceStar> named(RankedNominee... nominees) {
    return ENGINE.decide(List.of(nominees)).stream()
        .filter(GridServiceStar.class::isInstance)
        .map(GridServiceStar.class::cast)
        .toList();
  }

  @Test
  void aGridWorkerWithOnTimeWorkAndSatisfiedResidentsIsNominated() {
    assertThat(nominated(candidate("p-lin", StarRole.GRID_WORKER, 2, 0, 1)))
        .singleElement()
        .satisfies(
            n -> {
              // 2 on time × 10 + 1 praise × 6 + 2 satisfied × 3
              assertThat(n.points()).isEqualTo(32);
              assertThat(n.rule())
                  .isEqualTo(
                      "a grid worker with on-time work and satisfied residents is nominated");
            });
  }

  @Test
  void aPostHolderWithOnTimeWorkAndSatisfiedResidentsIsNominated() {
    assertThat(nominated(candidate("p-wang", StarRole.POST_HOLDER, 1, 0, 0)))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.rule())
                    .isEqualTo(
                        "a post holder with on-time work and satisfied residents is nominated"));
  }

  @Test
  void aVolunteerWithOnTimeWorkAndSatisfiedResidentsIsNominated() {
    assertThat(nominated(candidate("p-chen", StarRole.VOLUNTEER, 1, 0, 1)))
        .singleElement()
        .satisfies(
            n ->
                assertThat(n.rule())
                    .isEqualTo(
                        "a volunteer with on-time work and satisfied residents is nominated"));
  }

  @Test
  void someoneWithAnUnsatisfiedResidentOrNoOnTimeWorkIsNotNominated() {
    assertThat(nominated(candidate("p-lin", StarRole.GRID_WORKER, 3, 1, 2))).isEmpty();
    assertThat(nominated(candidate("p-wang", StarRole.VOLUNTEER, 0, 0, 0))).isEmpty();
  }

  @Test
  void aCommunityOfUpToSixGridsNamesOneStarAQuarter() {
    StarNomination best = nominated(candidate("p-lin", StarRole.GRID_WORKER, 3, 0, 1)).get(0);
    StarNomination next = nominated(candidate("p-wang", StarRole.VOLUNTEER, 1, 0, 0)).get(0);

    assertThat(named(ranked(best, 6, 1), ranked(next, 6, 2)))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.person()).isEqualTo(PersonId.of("p-lin"));
              assertThat(s.role()).isEqualTo(StarRole.GRID_WORKER);
              assertThat(s.rank()).isEqualTo(1);
              assertThat(s.community()).isEqualTo(ZHANQIAN);
              assertThat(s.rule())
                  .isEqualTo("a community of up to six grids names one star a quarter");
            });
  }

  @Test
  void aCommunityOfSevenGridsOrMoreNamesTwoStarsAQuarter() {
    StarNomination a = nominated(candidate("p-a", StarRole.GRID_WORKER, 3, 0, 1)).get(0);
    StarNomination b = nominated(candidate("p-b", StarRole.POST_HOLDER, 2, 0, 0)).get(0);
    StarNomination c = nominated(candidate("p-c", StarRole.VOLUNTEER, 1, 0, 0)).get(0);

    assertThat(named(ranked(a, 7, 1), ranked(b, 7, 2), ranked(c, 7, 3)))
        .extracting(GridServiceStar::rank)
        .containsExactlyInAnyOrder(1, 2);
    assertThat(named(ranked(a, 7, 1)))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.rule())
                    .isEqualTo("a community of seven grids or more names two stars a quarter"));
  }

  @Test
  void nominationsRankByPointsThenOnTimeWorkThenPersonWithOnePerPerson() {
    StarNomination lin = nominated(candidate("p-lin", StarRole.GRID_WORKER, 1, 0, 1)).get(0);
    StarNomination wang = nominated(candidate("p-wang", StarRole.VOLUNTEER, 2, 0, 0)).get(0);
    StarNomination chen = nominated(candidate("p-chen", StarRole.VOLUNTEER, 1, 0, 1)).get(0);

    List<RankedNominee> ranked =
        StarCandidates.ranked(List.of(lin, wang, chen, lin), Districts.snapshot(List.of()));

    // wang 26 points; chen and lin 19 each, chen's id first
    assertThat(ranked)
        .extracting(r -> r.candidate().person().value(), RankedNominee::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p-wang", 1),
            org.assertj.core.groups.Tuple.tuple("p-chen", 2),
            org.assertj.core.groups.Tuple.tuple("p-lin", 3));
    assertThat(ranked).allSatisfy(r -> assertThat(r.communityGrids()).isEqualTo(2));
  }
}
