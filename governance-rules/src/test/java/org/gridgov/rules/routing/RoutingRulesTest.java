package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.rules.routing.RoutingFixture.COMMUNITY_RUN;
import static org.gridgov.rules.routing.RoutingFixture.EAST_GRID;
import static org.gridgov.rules.routing.RoutingFixture.FAR_CARER;
import static org.gridgov.rules.routing.RoutingFixture.GRID_1;
import static org.gridgov.rules.routing.RoutingFixture.GRID_2;
import static org.gridgov.rules.routing.RoutingFixture.MANAGED;
import static org.gridgov.rules.routing.RoutingFixture.NEAR_CARER;
import static org.gridgov.rules.routing.RoutingFixture.PAIRED;
import static org.gridgov.rules.routing.RoutingFixture.SELF_MANAGED;
import static org.gridgov.rules.routing.RoutingFixture.UNMANAGED;
import static org.gridgov.rules.routing.RoutingFixture.URBAN_MANAGEMENT;
import static org.gridgov.rules.routing.RoutingFixture.WORKER;
import static org.gridgov.rules.routing.RoutingFixture.ZHANDONG;
import static org.gridgov.rules.routing.RoutingFixture.ZHANQIAN;
import static org.gridgov.rules.routing.RoutingFixture.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.fact.RoutingTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per routing rule: given an order in the fixture district, it goes where the rule says.
 */
class RoutingRulesTest {

  private static final Path MATRIX =
      Path.of("src/main/resources/org/gridgov/rules/routing/matrix/routing-matrix.drl.csv");
  private static final GovernanceEngine ENGINE = GovernanceEngine.builder().build();
  private static final Routing ROUTING = Routing.on(ENGINE);

  private static RoutingDecision route(WorkOrder order) {
    return ROUTING.route(RoutingFixture.district(), order);
  }

  @Test
  void powerMattersGoToTheCompetentDistrictUnit() {
    RoutingDecision d =
        route(order("WO-1", "EVENT_STREET_ORDER", MatterKind.POWER, Urgency.ROUTINE, GRID_1, null));

    assertThat(d.rule()).isEqualTo("power matters go to the competent district unit");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.DISTRICT_UNIT);
    assertThat(d.responsible().reference()).isEqualTo(URBAN_MANAGEMENT.value());
    assertThat(d.responsible().name()).isEqualTo("晋安区城市管理局");
  }

  @Test
  void powerMattersWithoutACompetentUnitGoToTheStreet() {
    RoutingDecision d =
        route(order("WO-2", "EVENT_ADVERTISING", MatterKind.POWER, Urgency.ROUTINE, GRID_1, null));

    assertThat(d.rule()).isEqualTo("power matters without a competent unit go to the street");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.STREET);
    assertThat(d.responsible().name()).isEqualTo("茶园街道");
  }

  @Test
  void autonomyMattersGoToTheCommunityCommittee() {
    RoutingDecision d =
        route(order("WO-3", "SERVICE_OTHER", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, null));

    assertThat(d.rule()).isEqualTo("autonomy matters go to the community committee");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
    assertThat(d.responsible().reference()).isEqualTo(ZHANQIAN.value());
  }

  @Test
  void assistanceMattersGoToTheCommunityWithThePairedUnitsSupport() {
    RoutingDecision d =
        route(
            order(
                "WO-4",
                "SERVICE_NEW_EMPLOYMENT",
                MatterKind.ASSISTANCE,
                Urgency.ROUTINE,
                GRID_1,
                null));

    assertThat(d.rule())
        .isEqualTo("assistance matters go to the community with the paired unit's support");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
    assertThat(d.informed()).extracting(s -> s.reference()).containsExactly(PAIRED.value());
  }

  @Test
  void assistanceMattersGoToTheCommunity() {
    RoutingDecision d =
        route(
            order(
                "WO-5",
                "SERVICE_NEW_EMPLOYMENT",
                MatterKind.ASSISTANCE,
                Urgency.ROUTINE,
                EAST_GRID,
                null));

    assertThat(d.rule()).isEqualTo("assistance matters go to the community");
    assertThat(d.responsible().reference()).isEqualTo(ZHANDONG.value());
    assertThat(d.informed()).isEmpty();
  }

  @Test
  void disputesAreMediatedByTheCommunity() {
    RoutingDecision d =
        route(order("WO-6", "SERVICE_DISPUTE", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, null));

    assertThat(d.rule()).isEqualTo("disputes are mediated by the community");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void propertyMattersGoToThePropertyCompany() {
    RoutingDecision d =
        route(
            order(
                "WO-7", "SERVICE_PROPERTY", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, MANAGED));

    assertThat(d.rule()).isEqualTo("property matters go to the property company");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.PROPERTY_COMPANY);
    assertThat(d.responsible().name()).isEqualTo("福州某物业服务有限公司");
  }

  @Test
  void propertyMattersOfACommunityRunCompoundGoToTheCommunity() {
    RoutingDecision d =
        route(
            order(
                "WO-8",
                "SERVICE_PROPERTY",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                GRID_1,
                COMMUNITY_RUN));

    assertThat(d.rule())
        .isEqualTo("property matters of a community-run compound go to the community");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void propertyMattersOfASelfManagedCompoundGoToTheCommunity() {
    RoutingDecision d =
        route(
            order(
                "WO-9",
                "SERVICE_PROPERTY",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                GRID_1,
                SELF_MANAGED));

    assertThat(d.rule())
        .isEqualTo("property matters of a self-managed compound go to the community");
  }

  @Test
  void propertyMattersOfACompoundWithoutManagementGoToTheCommunity() {
    RoutingDecision d =
        route(
            order(
                "WO-10",
                "SERVICE_PROPERTY",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                GRID_1,
                UNMANAGED));

    assertThat(d.rule())
        .isEqualTo("property matters of a compound without management go to the community");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void issuesSpanningGridsGoToTheCommunity() {
    WorkOrder o =
        order("WO-11", "EVENT_STREET_ORDER", MatterKind.POWER, Urgency.ROUTINE, GRID_1, null);
    DistrictContext district =
        RoutingFixture.district(List.of(RoutingFixture.demand("WO-11", GRID_1, Area.of(GRID_2))));

    RoutingDecision d = ROUTING.route(district, o);

    assertThat(d.rule()).isEqualTo("issues spanning grids go to the community");
    assertThat(d.considered())
        .anyMatch(c -> c.rule().equals("power matters go to the competent district unit"));
  }

  @Test
  void issuesSpanningCommunitiesGoToTheStreet() {
    WorkOrder o =
        order("WO-12", "EVENT_STREET_ORDER", MatterKind.POWER, Urgency.ROUTINE, GRID_1, null);
    DistrictContext district =
        RoutingFixture.district(
            List.of(RoutingFixture.demand("WO-12", GRID_1, Area.of(EAST_GRID))));

    RoutingDecision d = ROUTING.route(district, o);

    assertThat(d.rule()).isEqualTo("issues spanning communities go to the street");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.STREET);
  }

  @Test
  void projectsBeyondTheCommunitysResourcesGoToTheJointMeetingAndThePairedUnit() {
    WorkOrder o =
        order(
            "WO-13",
            Origin.project(ProjectId.of("P-1")),
            "SERVICE_OLD_COMPOUND_RENOVATION",
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            GRID_1,
            UNMANAGED,
            RoutingFixture.NOW);

    RoutingDecision d = ROUTING.route(RoutingFixture.district(), o, RoutingHints.beyondResources());

    assertThat(d.rule())
        .isEqualTo(
            "projects beyond the community's resources go to the joint meeting and the paired unit");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.JOINT_MEETING);
    assertThat(d.informed()).extracting(s -> s.reference()).containsExactly(PAIRED.value());
  }

  @Test
  void projectsBeyondTheCommunitysResourcesGoToTheJointMeetingAndTheStreet() {
    WorkOrder o =
        order(
            "WO-14",
            Origin.project(ProjectId.of("P-2")),
            "SERVICE_OLD_COMPOUND_RENOVATION",
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            EAST_GRID,
            null,
            RoutingFixture.NOW);

    RoutingDecision d = ROUTING.route(RoutingFixture.district(), o, RoutingHints.beyondResources());

    assertThat(d.rule())
        .isEqualTo(
            "projects beyond the community's resources go to the joint meeting and the street");
    assertThat(d.informed()).extracting(s -> s.kind()).containsExactly(SubjectKind.STREET);
  }

  @Test
  void aBatchTakesHintsPerOrderAndReadsTheOthersFromTheirDemands() {
    WorkOrder project =
        order(
            "WO-15",
            Origin.project(ProjectId.of("P-3")),
            "SERVICE_OLD_COMPOUND_RENOVATION",
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            GRID_1,
            UNMANAGED,
            RoutingFixture.NOW);
    WorkOrder same =
        order(
            "WO-16",
            Origin.project(ProjectId.of("P-4")),
            "SERVICE_OLD_COMPOUND_RENOVATION",
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            GRID_1,
            UNMANAGED,
            RoutingFixture.NOW);

    List<RoutingDecision> d =
        ROUTING.route(
            RoutingFixture.district(),
            List.of(project, same),
            java.util.Map.of(project.id(), RoutingHints.beyondResources()));

    assertThat(d).extracting(RoutingDecision::order).containsExactly(project.id(), same.id());
    assertThat(d.get(0).responsible().kind()).isEqualTo(SubjectKind.JOINT_MEETING);
    assertThat(d.get(1).responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void hintsForAnOrderOutsideTheBatchAreRefused() {
    WorkOrder o =
        order("WO-17", "SERVICE_OTHER", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, null);
    WorkOrder elsewhere =
        order("WO-18", "SERVICE_OTHER", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, null);

    assertThatThrownBy(
            () ->
                ROUTING.route(
                    RoutingFixture.district(),
                    List.of(o),
                    java.util.Map.of(elsewhere.id(), RoutingHints.beyondResources())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WO-18")
        .hasMessageContaining("not in the batch");
  }

  @Test
  void urgentSafetyGoesToTheGridWorkerAndTheStreetAtOnce() {
    RoutingDecision d =
        route(order("WO-15", "EVENT_EMERGENCY", MatterKind.POWER, Urgency.EMERGENCY, GRID_1, null));

    assertThat(d.rule()).isEqualTo("urgent safety goes to the grid worker and the street at once");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.GRID_WORKER);
    assertThat(d.responsible().reference()).isEqualTo(WORKER.value());
    assertThat(d.informed()).extracting(s -> s.kind()).containsExactly(SubjectKind.STREET);
    assertThat(d.immediate()).isTrue();
  }

  @Test
  void urgentSafetyWithoutAGridWorkerGoesToTheStreetAtOnce() {
    RoutingDecision d =
        route(
            order("WO-16", "EVENT_FIRE_HAZARD", MatterKind.POWER, Urgency.EMERGENCY, GRID_2, null));

    assertThat(d.rule())
        .isEqualTo("urgent safety without a grid worker goes to the street at once");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.STREET);
    assertThat(d.immediate()).isTrue();
  }

  @Test
  void anyOrderGoesToItsCommunity(@TempDir Path rules) throws IOException {
    // a district whose matrix only places disputes: everything else falls back to the community
    Files.writeString(
        rules.resolve("routing-matrix.drl.csv"),
        Files.readString(MATRIX)
            .lines()
            .filter(l -> !l.contains(",all,") || l.startsWith("disputes are mediated"))
            .reduce("", (x, y) -> x + y + "\n"));
    Routing routing = Routing.on(GovernanceEngine.builder().rules(rules).build());

    RoutingDecision d =
        routing.route(
            RoutingFixture.district(),
            order("WO-17", "EVENT_STREET_ORDER", MatterKind.POWER, Urgency.ROUTINE, GRID_1, null));

    assertThat(d.rule()).isEqualTo("any order goes to its community");
    assertThat(d.responsible().reference()).isEqualTo(ZHANQIAN.value());
    assertThat(d.considered())
        .containsExactly(
            new ConsideredRule(
                "any order goes to its community",
                RoutingTarget.COMMUNITY_COMMITTEE,
                0,
                ConsideredRule.Outcome.CHOSEN));
  }

  @Test
  void hardshipReliefAndVolunteerRequestsGoToTheNearestHelperWithTheSkill() {
    RoutingDecision d =
        route(
            order(
                "WO-18",
                "SERVICE_ELDERLY_CARE",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                GRID_1,
                null));

    assertThat(d.rule())
        .isEqualTo(
            "hardship relief and volunteer requests go to the nearest helper with the skill");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.VOLUNTEER);
    assertThat(d.responsible().reference()).isEqualTo(NEAR_CARER.value());
  }

  @Test
  void matchHelpersWithTheSkillElsewhereInTheCommunity() {
    RoutingDecision d =
        route(
            order(
                "WO-19",
                "SERVICE_HOME_REPAIR",
                MatterKind.AUTONOMY,
                Urgency.ROUTINE,
                GRID_1,
                null));

    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.CAPABLE_RESIDENT);
    assertThat(d.responsible().reference()).isEqualTo(RoutingFixture.PLUMBER.value());
  }

  @Test
  void theSameGridComesBeforeALighterLoadElsewhere() {
    List<RoutingDecision> ds =
        ROUTING.route(
            RoutingFixture.district(),
            List.of(
                order(
                    "WO-20",
                    "SERVICE_ELDERLY_CARE",
                    MatterKind.AUTONOMY,
                    Urgency.ROUTINE,
                    GRID_2,
                    null),
                order(
                    "WO-21",
                    "SERVICE_ELDERLY_CARE",
                    MatterKind.AUTONOMY,
                    Urgency.ROUTINE,
                    GRID_2,
                    null)));

    assertThat(ds)
        .extracting(d -> d.responsible().reference())
        .containsExactly(FAR_CARER.value(), FAR_CARER.value());
  }

  @Test
  void helpersOfTheSameGridAreBalancedByTheirLoadWithinABatch() {
    List<RoutingDecision> ds =
        ROUTING.route(
            RoutingFixture.district(),
            List.of(
                order(
                    "WO-30",
                    "SERVICE_ELDERLY_CARE",
                    MatterKind.AUTONOMY,
                    Urgency.ROUTINE,
                    GRID_1,
                    null),
                order(
                    "WO-31",
                    "SERVICE_ELDERLY_CARE",
                    MatterKind.AUTONOMY,
                    Urgency.ROUTINE,
                    GRID_1,
                    null),
                order(
                    "WO-32",
                    "SERVICE_ELDERLY_CARE",
                    MatterKind.AUTONOMY,
                    Urgency.ROUTINE,
                    GRID_1,
                    null)));

    assertThat(ds)
        .extracting(d -> d.responsible().reference())
        .containsExactly(
            NEAR_CARER.value(), RoutingFixture.NEAR_CARER_2.value(), NEAR_CARER.value());
  }

  @Test
  void aRequestWithoutAMatchingHelperGoesByTheMatrix() {
    RoutingDecision d =
        route(
            order(
                "WO-23",
                "SERVICE_LEGAL_AID",
                MatterKind.ASSISTANCE,
                Urgency.ROUTINE,
                GRID_1,
                null));

    assertThat(d.rule())
        .isEqualTo("assistance matters go to the community with the paired unit's support");
  }

  @Test
  void anUnknownCategoryIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(
            () ->
                route(
                    order(
                        "WO-24",
                        "NO_SUCH_CATEGORY",
                        MatterKind.AUTONOMY,
                        Urgency.ROUTINE,
                        GRID_1,
                        null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO_SUCH_CATEGORY, which the category table does not define")
        .hasMessageContaining("EVENT_EMERGENCY");
  }

  @Test
  void applyingADecisionDispatchesTheOrderNamingTheRule() {
    WorkOrder o =
        order("WO-25", "SERVICE_DISPUTE", MatterKind.AUTONOMY, Urgency.ROUTINE, GRID_1, null);
    RoutingDecision d = route(o);

    WorkOrder dispatched =
        Routing.apply(
                o, d, org.gridgov.core.workorder.Deadlines.NONE, RoutingFixture.NOW.plusSeconds(60))
            .orElseThrow();

    assertThat(dispatched.assignee()).contains(d.responsible());
    assertThat(dispatched.history().get(1).actor().name())
        .isEqualTo("disputes are mediated by the community");
  }
}
