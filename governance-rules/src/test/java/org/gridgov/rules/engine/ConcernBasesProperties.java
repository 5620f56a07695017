package org.gridgov.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.KieBaseBuilder;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.MatterKind;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.PropertyMode;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.core.workorder.WorkOrderStatus;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.fact.CatalogueRequest;
import org.gridgov.rules.fact.CommunityQuarter;
import org.gridgov.rules.fact.DuplicateWindow;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.GridVolume;
import org.gridgov.rules.fact.Helper;
import org.gridgov.rules.fact.LimitKind;
import org.gridgov.rules.fact.OpenOrder;
import org.gridgov.rules.fact.PairedUnit;
import org.gridgov.rules.fact.RatedOrder;
import org.gridgov.rules.fact.ReportedOrder;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.RunningLimit;
import org.gridgov.rules.fact.Scope;
import org.gridgov.rules.fact.SlaQuery;
import org.gridgov.rules.fact.StarCandidate;
import org.gridgov.rules.fact.StarRole;
import org.gridgov.rules.fact.SweepContext;
import org.gridgov.rules.fact.Topic;
import org.gridgov.rules.fact.WeakGridEvidence;

/**
 * The default rules split by concern decide every set of facts as all the rules in one knowledge
 * base do: the same decisions in the same order, whether one concern, several or none react to the
 * facts.
 */
class ConcernBasesProperties {

  private static final InternalKnowledgeBase ALL_IN_ONE =
      KieBaseBuilder.createKieBaseFromModel(RuleBase.models(RuleBase.modelClasses()));
  private static final List<String> CATEGORY_CODES =
      DefaultCatalogue.read().orElseThrow().stream()
          .filter(CategoryDefinition.class::isInstance)
          .map(d -> ((CategoryDefinition) d).category().code())
          .toList();
  private static final CommunityCode COMMUNITY = CommunityCode.of("350111001001");
  private static final CommunityCode NEIGHBOUR = CommunityCode.of("350111001002");
  private static final Instant NOW = Instant.parse("2024-05-06T02:00:00Z");

  /** The default rules split by concern; each concern's rules are built by the first try. */
  private static final RuleBase SPLIT = RuleBase.load(List.of(), RuleAllowList.defaults());

  private static List<Decision> allInOne(List<Object> facts) {
    return RuleBase.fire(ALL_IN_ONE, facts, null).orElseThrow();
  }

  @Property(tries = 60)
  void routingFactsAreDecidedAsByAllTheRules(@ForAll("routingFacts") List<Object> facts) {
    assertThat(SPLIT.fire(facts)).isEqualTo(allInOne(facts));
  }

  @Property(tries = 60)
  void escalationFactsAreDecidedAsByAllTheRules(@ForAll("escalationFacts") List<Object> facts) {
    assertThat(SPLIT.fire(facts)).isEqualTo(allInOne(facts));
  }

  @Property(tries = 60)
  void evaluationFactsAreDecidedAsByAllTheRules(@ForAll("evaluationFacts") List<Object> facts) {
    assertThat(SPLIT.fire(facts)).isEqualTo(allInOne(facts));
  }

  @Property(tries = 40)
  void factsOfSeveralConcernsAreDecidedAsByAllTheRules(@ForAll("anyFacts") List<Object> facts) {
    assertThat(SPLIT.fire(facts)).isEqualTo(allInOne(facts));
  }

  @Provide
  Arbitrary<List<Object>> routingFacts() {
    return Arbitraries.oneOf(routingCase(), helper(), reportedOrder(), duplicateWindow())
        .list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Object>> escalationFacts() {
    return Arbitraries.oneOf(openOrder(), runningLimit(), sweepContext(), slaQuery())
        .list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Object>> evaluationFacts() {
    return Arbitraries.oneOf(
            gridPerformance(),
            pairedUnit(),
            communityQuarter(),
            starCandidate(),
            gridVolume(),
            ratedOrder())
        .list()
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Object>> anyFacts() {
    return Arbitraries.oneOf(
            routingCase(),
            helper(),
            reportedOrder(),
            openOrder(),
            runningLimit(),
            slaQuery(),
            gridPerformance(),
            ratedOrder(),
            Arbitraries.just(new CatalogueRequest()),
            Arbitraries.just("a fact no rule reacts to"))
        .list()
        .ofMaxSize(8);
  }

  private static Arbitrary<String> category() {
    return Arbitraries.oneOf(Arbitraries.of(CATEGORY_CODES), Arbitraries.just("UNKNOWN_CATEGORY"));
  }

  private static Arbitrary<String> orderId() {
    return Arbitraries.integers().between(1, 4).map(i -> "WO-" + i);
  }

  private static Arbitrary<GridCode> grid() {
    return Arbitraries.integers().between(1, 3).map(COMMUNITY::grid);
  }

  private static Arbitrary<Object> routingCase() {
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Combinators.combine(
            orderId(),
            category(),
            Arbitraries.of(Topic.class),
            Arbitraries.of("", "care", "repair"),
            Arbitraries.of(MatterKind.class),
            Arbitraries.of(Urgency.class),
            Arbitraries.of(Scope.class),
            Arbitraries.of(PropertyMode.class))
        .flatAs(
            (id, code, topic, skill, kind, urgency, scope, mode) ->
                Combinators.combine(flag, flag, flag, flag, flag, grid(), flag)
                    .as(
                        (beyond, competent, paired, worker, compound, grid, outOfHours) ->
                            new RoutingCase(
                                id,
                                code,
                                topic,
                                skill,
                                kind,
                                urgency,
                                scope,
                                compound ? "C-1" : "",
                                compound ? mode : PropertyMode.NONE,
                                beyond,
                                competent,
                                paired,
                                worker,
                                grid.value(),
                                COMMUNITY.value(),
                                "350111001",
                                outOfHours)));
  }

  private static Arbitrary<Object> helper() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(true, false),
            Arbitraries.of("care", "repair").set().ofMaxSize(2),
            grid(),
            Arbitraries.integers().between(0, 3))
        .as(
            (n, volunteer, skills, grid, load) ->
                new Helper(
                    "P-" + n,
                    volunteer,
                    Set.copyOf(skills),
                    grid.value(),
                    COMMUNITY.value(),
                    load));
  }

  private static Arbitrary<Object> reportedOrder() {
    return Combinators.combine(
            orderId(),
            Arbitraries.of("", "C-1", "C-2"),
            category(),
            Arbitraries.longs().between(0, 7_200))
        .as((id, compound, code, second) -> new ReportedOrder(id, compound, code, second));
  }

  private static Arbitrary<Object> duplicateWindow() {
    return Arbitraries.longs().between(1, 3_600).map(DuplicateWindow::new);
  }

  private static Arbitrary<Object> openOrder() {
    return Combinators.combine(
            orderId(),
            category(),
            Arbitraries.of(Urgency.class),
            Arbitraries.of(
                WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS),
            Arbitraries.of(EscalationLevel.class),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 3))
        .flatAs(
            (id, code, urgency, status, level, supervised, breaches, unsatisfied) ->
                Arbitraries.doubles()
                    .between(0, 2)
                    .map(
                        share ->
                            new OpenOrder(
                                id,
                                code,
                                urgency.name(),
                                status,
                                level,
                                supervised,
                                breaches,
                                unsatisfied,
                                share)));
  }

  private static Arbitrary<Object> runningLimit() {
    return Combinators.combine(
            orderId(),
            Arbitraries.of(LimitKind.class),
            Arbitraries.doubles().between(0, 2),
            Arbitraries.of(0.0, 0.8, 1.0))
        .as(
            (id, kind, share, reminded) ->
                new RunningLimit(id, kind, NOW.minusSeconds(3_600), NOW, share, reminded));
  }

  private static Arbitrary<Object> sweepContext() {
    return Arbitraries.of(true, false)
        .map(
            last -> new SweepContext(NOW, LocalDate.of(2024, 5, 6), YearQuarter.of(2024, 2), last));
  }

  private static Arbitrary<Object> slaQuery() {
    return Combinators.combine(
            Arbitraries.oneOf(category(), Arbitraries.just(SlaQuery.ANY_CATEGORY)),
            Arbitraries.of(Urgency.class))
        .as((code, urgency) -> new SlaQuery(code, urgency.name()));
  }

  private static Arbitrary<Object> gridPerformance() {
    return Combinators.combine(
            grid(),
            Arbitraries.integers().between(0, 10),
            Arbitraries.doubles().between(0, 100),
            Arbitraries.of(true, false),
            Arbitraries.of(1, 2))
        .as(
            (grid, decile, score, lastQuarter, quarter) ->
                new GridPerformance(
                    grid,
                    COMMUNITY,
                    YearQuarter.of(2024, quarter),
                    decile > 0,
                    score,
                    decile,
                    decile == 1,
                    lastQuarter,
                    decile > 0 ? 3 : 0,
                    lastQuarter ? 20 : 0,
                    WeakGridEvidence.NONE));
  }

  private static Arbitrary<Object> pairedUnit() {
    return Combinators.combine(
            Arbitraries.of(COMMUNITY, NEIGHBOUR),
            Arbitraries.integers().between(1, 2),
            Arbitraries.of(true, false))
        .as(
            (community, n, first) ->
                new PairedUnit(community, UnitId.of("U-" + n), "unit " + n, first));
  }

  private static Arbitrary<Object> communityQuarter() {
    return Combinators.combine(
            Arbitraries.of(COMMUNITY, NEIGHBOUR),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3))
        .as(
            (community, held, raised, updated) ->
                new CommunityQuarter(community, YearQuarter.of(2024, 2), held, raised, updated));
  }

  private static Arbitrary<Object> starCandidate() {
    return Combinators.combine(
            grid(),
            Arbitraries.integers().between(1, 3),
            Arbitraries.of(StarRole.class),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3))
        .as(
            (grid, n, role, onTime, unsatisfied) ->
                new StarCandidate(
                    grid,
                    COMMUNITY,
                    YearQuarter.of(2024, 2),
                    PersonId.of("P-" + n),
                    role,
                    onTime + 1,
                    onTime,
                    onTime + unsatisfied,
                    onTime,
                    unsatisfied,
                    0));
  }

  private static Arbitrary<Object> gridVolume() {
    return Combinators.combine(
            grid(), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
        .as(
            (grid, now, then) ->
                new GridVolume(grid, COMMUNITY, YearQuarter.of(2024, 2), now, now + then, now + 2));
  }

  private static Arbitrary<Object> ratedOrder() {
    return Combinators.combine(
            orderId(),
            Arbitraries.of(Satisfaction.class),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(
            (id, satisfaction, reopenings, supervised) ->
                new RatedOrder(
                    WorkOrderId.of(id),
                    satisfaction,
                    satisfaction.isSatisfied(),
                    reopenings,
                    supervised));
  }
}
