package org.gridgov.examples.integrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.io.HierarchyJson;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.Channel;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Deadlines;
import org.gridgov.core.workorder.Origin;
import org.gridgov.core.workorder.Report;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.examples.district.DistrictPopulation;
import org.gridgov.examples.district.Figures;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.RuleProblem;
import org.gridgov.rules.decision.TimeLimit;
import org.gridgov.rules.decision.WorkingTime;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.DistrictContext;
import org.gridgov.rules.routing.Routing;
import org.gridgov.rules.routing.RoutingDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The integrator guide's folder does what the guide says it does, and the guide quotes its files as
 * they are.
 */
class IntegratorGuideTest {

  private static final Path GUIDE = Path.of("../docs/INTEGRATORS.md");
  private static final Path EXAMPLE = Path.of("src/test/resources/integrator-guide");
  private static final Path RULES = EXAMPLE.resolve("rules");
  private static final Path BROKEN = EXAMPLE.resolve("broken");
  private static final Path DEFAULT_SLA =
      Path.of(
          "../governance-rules/src/main/resources/org/gridgov/rules/escalation/sla/sla.drl.csv");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String URGENT_ROW =
      "urgent orders are accepted within 2 working hours and resolved within 2 working days";
  private static final String RIDER_ROW =
      "routine warm-station requests are accepted within 2 working hours and resolved within 2"
          + " working days";

  private static GovernanceEngine engine;
  private static DistrictSnapshot district;

  @BeforeAll
  static void loadTheFolder() {
    engine = GovernanceEngine.builder().rules(RULES).build();
    district =
        DistrictPopulation.of(Figures.REPORT)
            .populate(new HierarchyJson().readJinan().territory(), 7)
            .snapshot();
  }

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void theFolderCompilesAndItsTableReplacesTheDefaultSlaTable() {
    assertThat(GovernanceEngine.check(RULES)).isEmpty();
    assertThat(engine.replacements())
        .containsExactly(
            "sla.drl.csv replaces the default sla.drl.csv (package"
                + " org.gridgov.rules.escalation.sla)");
  }

  @Test
  void theEditedRowSetsTheTimeLimitsOfUrgentOrders() {
    Escalation escalation = Escalation.on(engine);

    TimeLimit urgent = escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT);
    Deadlines deadlines =
        escalation.deadlines(
            Category.of("SERVICE_PROPERTY"), Urgency.URGENT, shanghai("2024-03-05T10:00"));

    assertThat(urgent.rule()).isEqualTo(URGENT_ROW);
    assertThat(urgent.accept()).isEqualTo(WorkingTime.hours(2));
    assertThat(urgent.resolve()).isEqualTo(WorkingTime.days(2));
    assertThat(deadlines.acceptBy()).contains(shanghai("2024-03-05T12:00"));
    assertThat(deadlines.resolveBy()).contains(shanghai("2024-03-07T17:30"));
    // the rows the guide did not edit keep their limits
    TimeLimit routine = escalation.timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.ROUTINE);
    assertThat(routine.resolve()).isEqualTo(WorkingTime.days(5));
    // and the default engine still has the default row
    TimeLimit byDefault =
        Escalation.on(GovernanceEngine.builder().build())
            .timeLimits(Category.of("SERVICE_PROPERTY"), Urgency.URGENT);
    assertThat(byDefault.accept()).isEqualTo(WorkingTime.hours(4));
  }

  @Test
  void theNewCategoryIsDefinedWithItsOwnTimeLimits() {
    assertThat(Routing.on(engine).categories())
        .hasEntrySatisfying(
            Category.of("SERVICE_RIDER_STATION"),
            c -> {
              assertThat(c.name()).isEqualTo("暖心驿站服务");
              assertThat(c.name(Locale.ENGLISH)).isEqualTo("Warm-station requests");
              assertThat(c.matterKind()).isEqualTo(MatterKind.ASSISTANCE);
            });
    TimeLimit rider =
        Escalation.on(engine).timeLimits(Category.of("SERVICE_RIDER_STATION"), Urgency.ROUTINE);
    assertThat(rider.rule()).isEqualTo(RIDER_ROW);
    assertThat(rider.accept()).isEqualTo(WorkingTime.hours(2));
    assertThat(rider.resolve()).isEqualTo(WorkingTime.days(2));
  }

  @Test
  void aWarmStationRequestGoesToTheUnitPairedWithItsCommunity() {
    Community paired =
        district.territory().communities().stream()
            .filter(
                c -> district.organisation().pairings().stream().anyMatch(p -> p.covers(c.code())))
            .findFirst()
            .orElseThrow();

    RoutingDecision d = route(district.territory().gridsOf(paired.code()).get(0).code());

    assertThat(d.rule()).isEqualTo("warm-station requests go to the paired unit");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.DISTRICT_UNIT);
    assertThat(district.organisation().pairings())
        .anySatisfy(
            p -> {
              assertThat(p.unit().value()).isEqualTo(d.responsible().reference());
              assertThat(p.covers(paired.code())).isTrue();
            });
    assertThat(d.informed())
        .extracting(s -> s.kind())
        .containsExactly(SubjectKind.COMMUNITY_COMMITTEE);
  }

  @Test
  void aWarmStationRequestInAVillageWithoutAPairedUnitGoesByTheMatrix() {
    Community village =
        district.territory().communities().stream()
            .filter(c -> c.kind() == CommunityKind.VILLAGE)
            .filter(
                c -> district.organisation().pairings().stream().noneMatch(p -> p.covers(c.code())))
            .findFirst()
            .orElseThrow();

    RoutingDecision d = route(district.territory().gridsOf(village.code()).get(0).code());

    assertThat(d.rule()).isEqualTo("assistance matters go to the community");
    assertThat(d.responsible().kind()).isEqualTo(SubjectKind.COMMUNITY_COMMITTEE);
  }

  private static RoutingDecision route(GridCode grid) {
    Report report =
        new Report(
            WorkOrderId.of("WO-2024-0002"),
            Origin.demand(DemandId.of("D-2024-0002")),
            Category.of("SERVICE_RIDER_STATION"),
            MatterKind.ASSISTANCE,
            Urgency.ROUTINE,
            Channel.STATION,
            grid,
            Optional.empty(),
            "驿站饮水机坏了");
    WorkOrder order =
        WorkOrder.report(
            report, Actor.person(PersonId.of("rider-1")), shanghai("2024-03-05T10:00"), "");
    return Routing.on(engine).route(DistrictContext.of(district, Map.of()), order);
  }

  @Test
  void theMistakeTheGuideShowsIsReportedWithItsFileAndLine() throws IOException {
    assertThat(Files.readString(BROKEN.resolve("rider-stations.drl")))
        .isEqualTo(
            Files.readString(RULES.resolve("rider-stations.drl"))
                .replace("hasPairedUnit)", "hasPairedUnits)"));

    List<RuleProblem> problems = GovernanceEngine.check(BROKEN);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("rider-stations.drl");
              assertThat(p.line()).isEqualTo(22);
              assertThat(p.message()).contains("RoutingCase.hasPairedUnits()");
            });
  }

  @Test
  void theTableIsTheDefaultWithOneRowEditedAndOneAdded() throws IOException {
    List<String> defaults = Files.readAllLines(DEFAULT_SLA);
    List<String> edited = Files.readAllLines(RULES.resolve("sla.drl.csv"));

    assertThat(edited).hasSize(defaults.size() + 1);
    assertThat(edited.subList(0, defaults.size()))
        .filteredOn(l -> !defaults.contains(l))
        .singleElement()
        .asString()
        .startsWith(URGENT_ROW + ",URGENT,");
    assertThat(edited.get(edited.size() - 1)).startsWith(RIDER_ROW + ",ROUTINE,");
  }

  @Test
  void theGuideQuotesTheFolderAsItIs() throws IOException {
    List<String> guide = Files.readAllLines(GUIDE);

    for (String file : List.of("rules/sla.drl.csv", "rules/rider-stations.drl")) {
      assertThat(quoted(guide, file))
          .as("the guide's quote of %s", file)
          .isEqualTo(Files.readAllLines(EXAMPLE.resolve(file)));
    }
  }

  /**
   * The lines of the fenced code block between {@code <!-- begin FILE -->} and {@code <!-- end FILE
   * -->}, without the fences.
   */
  private static List<String> quoted(List<String> guide, String file) {
    int begin = guide.indexOf("<!-- begin integrator-guide/" + file + " -->");
    int end = guide.indexOf("<!-- end integrator-guide/" + file + " -->");
    assertThat(begin).as("the marker before the quote of %s", file).isNotNegative();
    assertThat(end).as("the marker after the quote of %s", file).isGreaterThan(begin + 2);
    assertThat(guide.get(begin + 1)).startsWith("```");
    assertThat(guide.get(end - 1)).isEqualTo("```");
    return guide.subList(begin + 2, end - 1);
  }
}
