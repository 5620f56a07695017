package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.calendar.HolidayTable;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.RouteCandidate;
import org.gridgov.rules.fact.RoutingCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routing fires the rules once per distinct reading of a case by the rules, for a district and rule
 * set, reuses the proposals for every case that agrees on the fields read, tells the audit trail as
 * if the rules had fired, and forgets them when the rules reload.
 */
class RoutingMemoTest {

  private static final DistrictContext DISTRICT = RoutingFixture.district();

  /** An engine that counts the routing cases it is asked to decide. */
  private static final class Counting implements GovernanceEngine {
    private final GovernanceEngine engine;
    final List<RoutingCase> decided = new ArrayList<>();
    final List<Decision> audited = new ArrayList<>();

    Counting(GovernanceEngine engine) {
      this.engine = engine;
    }

    @Override
    public List<Decision> decide(Collection<?> facts) {
      facts.stream()
          .filter(RoutingCase.class::isInstance)
          .forEach(f -> decided.add((RoutingCase) f));
      List<Decision> made = engine.decide(facts);
      audited.addAll(made);
      return made;
    }

    @Override
    public boolean auditing() {
      return true;
    }

    @Override
    public void auditReused(Collection<? extends Decision> decisions) {
      audited.addAll(decisions);
    }

    @Override
    public List<Decision> catalogue() {
      return engine.catalogue();
    }

    @Override
    public void reload() {
      engine.reload();
    }

    @Override
    public java.util.Map<String, String> ruleTitles() {
      return engine.ruleTitles();
    }

    @Override
    public List<String> replacements() {
      return engine.replacements();
    }

    @Override
    public Clock clock() {
      return engine.clock();
    }

    @Override
    public WorkingCalendar calendar() {
      return engine.calendar();
    }

    @Override
    public WorkingCalendar loadOfficialYears(HolidayTable years) {
      return engine.loadOfficialYears(years);
    }
  }

  private static List<WorkOrder> orders(int count) {
    List<WorkOrder> orders = new ArrayList<>();
    String[] categories = {"SERVICE_DISPUTE", "SERVICE_PROPERTY", "EVENT_EMERGENCY"};
    for (int i = 0; i < count; i++) {
      orders.add(
          RoutingFixture.order(
              "WO-" + i,
              categories[i % categories.length],
              MatterKind.AUTONOMY,
              i % 2 == 0 ? Urgency.ROUTINE : Urgency.EMERGENCY,
              i % 3 == 0 ? RoutingFixture.GRID_1 : RoutingFixture.GRID_2,
              null));
    }
    return orders;
  }

  @Test
  void theRulesFireOnceForCasesThatAgreeOnWhatTheRulesRead() {
    Counting engine = new Counting(GovernanceEngine.builder().build());
    Routing routing = Routing.on(engine);
    List<WorkOrder> orders = orders(300);
    Set<RoutingCase> distinct = new HashSet<>();

    routing.route(DISTRICT, orders);
    engine.decided.forEach(c -> distinct.add(c.forOrder("")));

    assertThat(engine.decided)
        .as("fired once per distinct reading, never twice for one case")
        .hasSize(distinct.size());
    assertThat(engine.decided)
        .as("the default rules read neither the grid nor the order id of these orders")
        .hasSizeLessThanOrEqualTo(7)
        .extracting(RoutingCase::grid)
        .contains(RoutingFixture.GRID_1.value());

    routing.route(DISTRICT, orders);
    assertThat(engine.decided).as("the second batch is all reused").hasSize(distinct.size());
  }

  @Test
  void aRuleThatReadsTheGridMakesTheRulesFireForEachGrid(@TempDir Path folder) throws IOException {
    Files.writeString(
        folder.resolve("grid.drl"),
        """
        package org.gridgov.local.grid;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.RouteCandidate;

        rule "the second grid's disputes go to the street"
        when
          $case : RoutingCase(topic == Topic.DISPUTE, grid == "%s")
        then
          insert(RouteCandidate.of($case, RoutingTarget.STREET, 200, "none", "normally",
              drools.getRule().getName()));
        end
        """
            .formatted(RoutingFixture.GRID_2.value()));
    Counting engine = new Counting(GovernanceEngine.builder().rules(folder).build());
    Routing routing = Routing.on(engine);
    List<WorkOrder> disputes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      disputes.add(
          RoutingFixture.order(
              "WO-" + i,
              "SERVICE_DISPUTE",
              MatterKind.AUTONOMY,
              Urgency.ROUTINE,
              i % 2 == 0 ? RoutingFixture.GRID_1 : RoutingFixture.GRID_2,
              null));
    }

    List<RoutingDecision> decisions = routing.route(DISTRICT, disputes);

    assertThat(engine.decided).extracting(RoutingCase::grid).hasSize(2).doesNotHaveDuplicates();
    for (int i = 0; i < disputes.size(); i++) {
      assertThat(decisions.get(i).rule())
          .isEqualTo(
              i % 2 == 0
                  ? "disputes are mediated by the community"
                  : "the second grid's disputes go to the street");
    }
  }

  @Test
  void reusedProposalsAreAuditedAsIfTheRulesHadFiredForEachOrder() {
    Counting memo = new Counting(GovernanceEngine.builder().build());
    List<WorkOrder> orders = orders(60);
    List<RoutingDecision> batch = Routing.on(memo).route(DISTRICT, orders);

    List<Decision> oneByOne = new ArrayList<>();
    List<RoutingDecision> alone = new ArrayList<>();
    GovernanceEngine plain = GovernanceEngine.builder().build();
    for (WorkOrder o : orders) {
      Counting fresh = new Counting(plain);
      alone.add(Routing.on(fresh).route(DISTRICT, o));
      oneByOne.addAll(fresh.audited);
    }

    assertThat(batch).isEqualTo(alone);
    assertThat(memo.audited.stream().filter(RouteCandidate.class::isInstance))
        .containsExactlyInAnyOrderElementsOf(
            oneByOne.stream().filter(RouteCandidate.class::isInstance).toList());
  }

  @Test
  void aReloadForgetsWhatTheOldRulesDecided(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("extra.drl"), rule(200));
    GovernanceEngine engine = GovernanceEngine.builder().rules(folder).build();
    Routing routing = Routing.on(engine);
    WorkOrder order = orders(1).get(0);
    assertThat(routing.route(DISTRICT, order).rule()).isEqualTo("disputes go to the street 200");

    Files.writeString(folder.resolve("extra.drl"), rule(300));
    engine.reload();

    assertThat(routing.route(DISTRICT, order).rule()).isEqualTo("disputes go to the street 300");
  }

  private static String rule(int priority) {
    return """
        package org.gridgov.local.memo;

        import org.gridgov.rules.fact.*;
        import org.gridgov.rules.decision.RouteCandidate;

        rule "disputes go to the street %d"
        when
          $case : RoutingCase(topic == Topic.DISPUTE)
        then
          insert(RouteCandidate.of($case, RoutingTarget.STREET, %d, "none", "normally",
              drools.getRule().getName()));
        end
        """
        .formatted(priority, priority);
  }
}
