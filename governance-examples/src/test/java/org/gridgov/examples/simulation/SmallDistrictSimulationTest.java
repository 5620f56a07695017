package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.post.ServicePostId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.WorkOrder;
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

  private static final String DISTRICT =
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
  void aStarIsAPostHolderOfTheGridWithThreeRatedOrdersOrMoreInTheQuarter(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("district.json");
    Files.writeString(file, DISTRICT);
    Territory territory = new HierarchyJson().read(file).territory();
    PopulatedDistrict small = DistrictPopulation.toReportFigures(territory, 3L);

    SimulationResult year =
        YearSimulation.withDefaultRules(small).withVolume(600).keepingOrders().run(3L);

    Map<ServicePostId, GridCode> postGrid = new HashMap<>();
    for (ServicePost post : small.snapshot().posts().servicePosts()) {
      postGrid.put(post.id(), post.grid());
    }
    assertThat(year.stars()).isNotEmpty();
    for (EvaluationReport q : year.quarters()) {
      Set<GridCode> starred = new HashSet<>();
      for (GridServiceStar star : q.stars()) {
        assertThat(starred.add(star.grid())).as("one star per grid").isTrue();
        assertThat(star.quarter()).isEqualTo(q.quarter());
        boolean holdsAPost = false;
        for (PostClaim claim : small.snapshot().posts().claims()) {
          holdsAPost |=
              claim.person().equals(star.person())
                  && star.grid().equals(postGrid.get(claim.post()))
                  && !claim.on().isAfter(q.quarter().lastDay());
        }
        assertThat(holdsAPost).as(star.person() + " holds a post in " + star.grid()).isTrue();
        long rated =
            Ledger.forPeriod(year.orders().orElseThrow(), Evaluation.ZONE, q.quarter().period())
                .orders()
                .stream()
                .filter(o -> resolvedAndRatedBy(o, star))
                .count();
        assertThat(rated).isEqualTo(star.ratedOrders()).isGreaterThanOrEqualTo(3);
      }
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

  private static boolean resolvedAndRatedBy(WorkOrder o, GridServiceStar star) {
    return o.assignee().filter(a -> a.reference().equals(star.person().value())).isPresent()
        && o.resolvedAt().isPresent()
        && !o.ratings().isEmpty();
  }
}
