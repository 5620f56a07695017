package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.evaluation.Kpi;
import org.gridgov.core.evaluation.KpiCounts;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.decision.StarNomination;
import org.gridgov.rules.fact.CommunityQuarter;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.PairedUnit;
import org.gridgov.rules.fact.RankedNominee;
import org.gridgov.rules.fact.StarCandidate;
import org.gridgov.rules.fact.StarRole;
import org.gridgov.rules.fact.WeakGridEvidence;

class EvaluationProperties {

  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final YearQuarter Q = YearQuarter.of(2024, 2);
  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");

  @Provide
  Arbitrary<KpiCounts> counts() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 20),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 40),
            Arbitraries.longs().between(0, 10_000_000))
        .as(
            (closed, suspended, open, onTimePct, reworkPct, rated, responses, seconds) -> {
              int onTime = closed * onTimePct / 100;
              int reworked = closed * reworkPct / 100;
              int satisfied = rated / 2;
              int basically = (rated - satisfied) * onTimePct / 100;
              return new KpiCounts(
                  closed + suspended + open,
                  suspended,
                  closed,
                  onTime,
                  rated,
                  satisfied,
                  basically,
                  reworked,
                  responses,
                  responses == 0 ? Duration.ZERO : Duration.ofSeconds(seconds));
            });
  }

  @Provide
  Arbitrary<List<ScoreWeight>> weights() {
    return Arbitraries.integers()
        .between(0, 100)
        .list()
        .ofSize(Kpi.values().length)
        .map(
            ws -> {
              List<ScoreWeight> list = new ArrayList<>();
              for (Kpi k : Kpi.values()) {
                list.add(new ScoreWeight(k, ws.get(k.ordinal()), 1 + ws.get(k.ordinal()), "w"));
              }
              return list;
            });
  }

  @Property
  void aGridScoreIsWithinZeroAndOneHundredForAnyFigures(
      @ForAll("counts") KpiCounts counts, @ForAll("weights") List<ScoreWeight> weights) {
    GridScoreFormula.score(counts.figures(), weights)
        .ifPresent(s -> assertThat(s).isBetween(0.0, 100.0));
    GridScoreFormula.score(counts.figures(), Evaluation.on(ENGINE).weights())
        .ifPresent(s -> assertThat(s).isBetween(0.0, 100.0));
  }

  private static List<Object> facts(long seed, int grids) {
    Random random = new Random(seed);
    List<Object> facts = new ArrayList<>();
    for (int g = 1; g <= grids; g++) {
      GridCode grid = COMMUNITY.grid(g);
      boolean scored = random.nextBoolean();
      int decile = scored ? 1 + random.nextInt(10) : 0;
      facts.add(
          new GridPerformance(
              grid,
              COMMUNITY,
              Q,
              scored,
              scored ? random.nextInt(1001) / 10.0 : 0,
              decile,
              decile == 1 && random.nextBoolean(),
              random.nextBoolean(),
              scored ? 1 + random.nextInt(5) : random.nextInt(2),
              scored ? random.nextInt(41) - 20 : 0,
              WeakGridEvidence.NONE));
      int candidates = random.nextInt(5);
      for (int h = 1; h <= candidates; h++) {
        int onTime = random.nextInt(3);
        int unsatisfied = random.nextInt(2);
        facts.add(
            new StarCandidate(
                grid,
                COMMUNITY,
                Q,
                PersonId.of("p-" + g + "-" + h),
                StarRole.values()[random.nextInt(3)],
                onTime + random.nextInt(2),
                onTime,
                onTime + unsatisfied,
                onTime,
                unsatisfied,
                onTime > 0 ? random.nextInt(onTime + 1) : 0));
      }
    }
    if (random.nextBoolean()) {
      facts.add(
          new PairedUnit(COMMUNITY, org.gridgov.core.organisation.UnitId.of("unit-1"), "u", true));
    }
    facts.add(
        new CommunityQuarter(
            COMMUNITY, Q, random.nextBoolean(), random.nextInt(3), random.nextInt(3)));
    return facts;
  }

  @Property(tries = 50)
  void decisionsAreTheSameForTheSameFactsInAnyOrder(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int grids) {
    List<Object> facts = facts(seed, grids);
    List<Object> shuffled = new ArrayList<>(facts);
    Collections.shuffle(shuffled, new Random(seed + 1));

    List<Decision> first = ENGINE.decide(facts);

    // in any order of the facts the same decisions; in the same order, in the same order too
    assertThat(ENGINE.decide(shuffled)).containsExactlyInAnyOrderElementsOf(first);
    assertThat(ENGINE.decide(facts)).isEqualTo(first);
  }

  @Property(tries = 50)
  void starsStayWithinTheCapOfTheirCommunity(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int grids) {
    List<Object> facts = facts(seed, grids);
    List<StarNomination> nominations =
        ENGINE.decide(facts).stream()
            .filter(StarNomination.class::isInstance)
            .map(StarNomination.class::cast)
            .toList();
    List<RankedNominee> ranked = StarCandidates.ranked(nominations, Districts.snapshot(List.of()));

    List<GridServiceStar> stars =
        ENGINE.decide(List.copyOf(ranked)).stream()
            .filter(GridServiceStar.class::isInstance)
            .map(GridServiceStar.class::cast)
            .toList();

    // the community of these facts has two grids in the test district: one star at most
    assertThat(stars).hasSizeLessThanOrEqualTo(1);
    assertThat(stars.size()).isEqualTo(nominations.isEmpty() ? 0 : 1);
    stars.forEach(s -> assertThat(s.rank()).isEqualTo(1));
  }
}
