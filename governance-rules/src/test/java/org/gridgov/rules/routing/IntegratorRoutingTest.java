package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleLoadException;
import org.gridgov.rules.decision.DuplicateOf;
import org.gridgov.rules.fact.RoutingTarget;
import org.gridgov.rules.routing.ConsideredRule.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegratorRoutingTest {

  @Test
  void anIntegratorFolderAddsACategoryWithItsRoute(@TempDir Path rules) throws IOException {
    Files.writeString(
        rules.resolve("rider-stations.drl"),
        """
        package org.gridgov.local.riders;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.CategoryDefinition;
        import org.gridgov.rules.decision.RouteCandidate;
        import org.gridgov.core.lists.MatterKind;

        rule "category SERVICE_RIDER_STATION"
        when
          CatalogueRequest()
        then
          insert(CategoryDefinition.of("SERVICE_RIDER_STATION", "暖心驿站服务", CategoryClass.SERVICE,
              Topic.GENERAL, MatterKind.ASSISTANCE, "", drools.getRule().getName()));
        end

        rule "warm-station requests go to the paired unit"
        when
          $case : RoutingCase(categoryCode == "SERVICE_RIDER_STATION", hasPairedUnit)
        then
          insert(RouteCandidate.of($case, RoutingTarget.PAIRED_UNIT, 70, "COMMUNITY_COMMITTEE", "normally",
              drools.getRule().getName()));
        end
        """);
    Routing routing = Routing.on(GovernanceEngine.builder().rules(rules).build());

    RoutingDecision d =
        routing.route(
            RoutingFixture.district(),
            RoutingFixture.order(
                "WO-1",
                "SERVICE_RIDER_STATION",
                MatterKind.ASSISTANCE,
                Urgency.ROUTINE,
                RoutingFixture.GRID_1,
                null));

    assertThat(d.rule()).isEqualTo("warm-station requests go to the paired unit");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.DISTRICT_UNIT);
    assertThat(d.responsible().reference()).isEqualTo(RoutingFixture.PAIRED.value());
    assertThat(d.informed())
        .extracting(s -> s.kind())
        .containsExactly(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void aHelperMatchOfSomeoneWhoIsNotAHelperLeavesTheOrderToTheNextProposal(@TempDir Path rules)
      throws IOException {
    Files.writeString(rules.resolve("helpers.drl"), helperRule(RoutingFixture.RESIDENT.value()));
    Routing routing = Routing.on(GovernanceEngine.builder().rules(rules).build());

    RoutingDecision d = routing.route(RoutingFixture.district(), dispute("WO-1"));

    assertThat(d.rule()).isEqualTo("disputes are mediated by the community");
    assertThat(d.considered().get(0))
        .satisfies(
            c -> {
              assertThat(c.rule()).isEqualTo(d.rule());
              assertThat(c.target()).isEqualTo(RoutingTarget.COMMUNITY_COMMITTEE);
              assertThat(c.outcome()).isEqualTo(ConsideredRule.Outcome.CHOSEN);
            });
    ConsideredRule neighbour =
        new ConsideredRule(
            "disputes go to a neighbour", RoutingTarget.HELPER, 500, Outcome.NO_SUBJECT);
    assertThat(d.considered().get(1)).isEqualTo(neighbour);
    assertThat(d.considered().subList(2, d.considered().size()))
        .extracting(ConsideredRule::outcome)
        .containsOnly(Outcome.OUTRANKED);
    assertThat(neighbour)
        .hasToString(
            "disputes go to a neighbour → HELPER (500): the district has no such subject for this"
                + " order");
  }

  @Test
  void aHelperMatchWhoseIdHoldsAPhoneNumberIsRefusedAsAnyPersonId(@TempDir Path rules)
      throws IOException {
    Files.writeString(rules.resolve("helpers.drl"), helperRule("13800000000"));
    Routing routing = Routing.on(GovernanceEngine.builder().rules(rules).build());

    assertThatThrownBy(() -> routing.route(RoutingFixture.district(), dispute("WO-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a person id may not be or hold a mobile number");
  }

  private static String helperRule(String personId) {
    return """
        package org.gridgov.local.helpers;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.HelperMatch;
        import org.gridgov.rules.decision.RouteCandidate;

        rule "disputes go to a neighbour"
        when
          $case : RoutingCase(topic == Topic.DISPUTE)
        then
          insert(new HelperMatch($case.orderId(), "%s", 0, 0, drools.getRule().getName()));
          insert(RouteCandidate.of($case, RoutingTarget.HELPER, 500, "none", "normally",
              drools.getRule().getName()));
        end
        """
        .formatted(personId);
  }

  private static WorkOrder dispute(String id) {
    return RoutingFixture.order(
        id, "SERVICE_DISPUTE", MatterKind.AUTONOMY, Urgency.ROUTINE, RoutingFixture.GRID_1, null);
  }

  @Test
  void aBrokenRoutingTableIsReportedWithItsFileAndTheRule(@TempDir Path rules) throws IOException {
    Path matrix =
        Path.of("src/main/resources/org/gridgov/rules/routing/matrix/routing-matrix.drl.csv");
    Files.writeString(
        rules.resolve("routing-matrix.drl.csv"),
        Files.readString(matrix)
            .replace(
                "disputes are mediated by the community,all,DISPUTE,",
                "disputes are mediated by the community,all,DISPUTES,"));

    assertThatThrownBy(() -> GovernanceEngine.builder().rules(rules).build())
        .isInstanceOfSatisfying(
            RuleLoadException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.file()).isEqualTo("routing-matrix.drl.csv");
                          assertThat(p.message()).contains("DISPUTES");
                        }));
  }

  @Test
  void aLaterReportOfTheSameCategoryInTheSameCompoundIsADuplicateOfTheFirst() {
    Routing routing = Routing.on(GovernanceEngine.builder().build());
    var at = RoutingFixture.NOW;
    WorkOrder first = order("WO-1", at);
    WorkOrder second = order("WO-2", at.plus(Duration.ofHours(5)));
    WorkOrder third = order("WO-3", at.plus(Duration.ofHours(30)));
    WorkOrder muchLater = order("WO-4", at.plus(Duration.ofDays(10)));

    List<DuplicateOf> duplicates =
        routing.duplicates(List.of(muchLater, third, second, first), Duration.ofDays(2));

    assertThat(duplicates)
        .extracting(DuplicateOf::duplicateId, DuplicateOf::originalId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("WO-2", "WO-1"),
            org.assertj.core.groups.Tuple.tuple("WO-3", "WO-1"));
    assertThat(duplicates)
        .allSatisfy(
            d ->
                assertThat(d.rule())
                    .isEqualTo(
                        "a report of the same category in the same compound within the window is a duplicate"));
  }

  private static WorkOrder order(String id, java.time.Instant at) {
    return RoutingFixture.order(
        id,
        org.gridgov.core.workorder.Origin.demand(org.gridgov.core.lists.DemandId.of("D-" + id)),
        "SERVICE_PROPERTY",
        MatterKind.AUTONOMY,
        Urgency.ROUTINE,
        RoutingFixture.GRID_1,
        RoutingFixture.UNMANAGED,
        at);
  }
}
