package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.territory.Territory;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.PopulatedDistrict;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.evaluation.EvaluationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small district of three communities with many demands a year, so that post holders resolve
 * several orders a quarter and the star rule names grid service stars (网格服务之星).
 */
class SmallDistrictSimulationTest {

  static final String DISTRICT =
      """
      {"district": {"code": "110105", "name": "试验区"},
       "streets": [
        {"code": "110105001", "name": "东风街道", "communities": [
          {"code": "110105001001", "name": "东风社区居委会"},
          {"code": "110105001002", "name": "朝阳社区委员会"}]},
        {"code": "110105100", "name": "红星镇", "communities": [
          {"code": "110105100001", "name": "红星社区居委会"}]}]}
      """;

  @Test
  void aStarIsNominatedForOnTimeWorkAndSatisfiedResidentsWithinItsCommunitysCap(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("district.json");
    Files.writeString(file, DISTRICT);
    Territory territory = new HierarchyJson().read(file).territory();
    PopulatedDistrict small = DistrictPopulation.toReportFigures(territory, 3L);

    SimulationResult year =
        YearSimulation.withDefaultRules(small).withVolume(600).keepingOrders().run(3L);

    Map<String, Integer> grids = new HashMap<>();
    small
        .snapshot()
        .territory()
        .grids()
        .forEach(g -> grids.merge(g.code().community().value(), 1, Integer::sum));
    assertThat(year.stars()).isNotEmpty();
    for (EvaluationReport q : year.quarters()) {
      Map<String, Integer> perCommunity = new HashMap<>();
      for (GridServiceStar star : q.stars()) {
        assertThat(star.quarter()).isEqualTo(q.quarter());
        assertThat(star.resolvedOnTime()).isPositive();
        assertThat(star.ratedOrders()).isPositive();
        assertThat(star.satisfactionRate()).isEqualTo(1.0);
        assertThat(star.grid().community()).isEqualTo(star.community());
        perCommunity.merge(star.community().value(), 1, Integer::sum);
      }
      perCommunity.forEach(
          (c, n) -> assertThat(n).as(c).isLessThanOrEqualTo(grids.get(c) <= 6 ? 1 : 2));
    }
    assertThat(year.meetingFigures().jointMeetings()).isEqualTo(3 * 4);
  }

  @Test
  void theQuartersJudgedAsTheYearGoesAreThoseJudgedAtItsEndOnEveryOrder(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("district.json");
    Files.writeString(file, DISTRICT);
    PopulatedDistrict small =
        DistrictPopulation.toReportFigures(new HierarchyJson().read(file).territory(), 4L);

    SimulationResult year =
        YearSimulation.withDefaultRules(small).withVolume(600).keepingOrders().run(4L);

    assertThat(year.stars()).isNotEmpty();
    assertThat(year.quarters())
        .isEqualTo(
            WholeYearEvaluation.of(small, year, Evaluation.on(GovernanceEngine.builder().build())));
  }
}
