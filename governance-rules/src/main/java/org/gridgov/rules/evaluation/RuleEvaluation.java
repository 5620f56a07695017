package org.gridgov.rules.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.KpiFigures;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.JointMeetings;
import org.gridgov.core.organisation.DistrictUnit;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.FirstSecretary;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.ComplianceFinding;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.FirstSecretaryReview;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.decision.RatingOutcome;
import org.gridgov.rules.decision.RoleKpiLimit;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.decision.StarNomination;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.fact.CommunityQuarter;
import org.gridgov.rules.fact.GridFirstSecretary;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.PairedUnit;
import org.gridgov.rules.fact.RatedOrder;
import org.gridgov.rules.fact.RoleKpiRequest;
import org.gridgov.rules.fact.WeakGridEvidence;

/** The evaluation on the engine's rules: Java computes the figures, the rules decide. */
final class RuleEvaluation implements Evaluation {

  private final Function<Collection<?>, List<Decision>> rules;
  private final Supplier<List<Decision>> catalogue;

  RuleEvaluation(
      Function<Collection<?>, List<Decision>> rules, Supplier<List<Decision>> catalogue) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public RatingDecision onRating(WorkOrder order, Rating rating) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(rating, "rating");
    List<RatingDecision> decisions =
        only(rules.apply(List.of(RatedOrder.of(order, rating))), RatingDecision.class);
    if (decisions.size() != 1) {
      throw new IllegalStateException(
          "the rating rules make one decision for a rating, made "
              + decisions
              + " for a "
              + rating.satisfaction()
              + " rating of order "
              + order.id());
    }
    return decisions.get(0);
  }

  @Override
  public Transition apply(WorkOrder order, Rating rating, RatingDecision decision) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(decision, "decision");
    if (!decision.order().equals(order.id())) {
      throw new IllegalArgumentException(
          "the decision is about order " + decision.order() + ", not " + order.id());
    }
    Actor actor = Actor.system(decision.rule());
    Transition rated = order.rate(rating, actor, decision.rule());
    if (!rated.isApplied()) {
      return rated;
    }
    WorkOrder now = rated.order();
    if (decision.outcome() == RatingOutcome.CLOSE) {
      return now.close(actor, rating.ratedAt(), decision.rule());
    }
    if (decision.outcome() == RatingOutcome.REOPEN_AND_SUPERVISE && !now.isSupervised()) {
      return now.supervise(actor, rating.ratedAt(), decision.rule());
    }
    return rated;
  }

  @Override
  public List<ScoreWeight> weights() {
    return only(catalogue.get(), ScoreWeight.class);
  }

  @Override
  public OptionalDouble score(KpiFigures figures) {
    return GridScoreFormula.score(Objects.requireNonNull(figures, "figures"), weights());
  }

  @Override
  public List<RoleKpiLine> roleKpis(Collection<WorkOrder> orders) {
    Objects.requireNonNull(orders, "orders");
    return RoleKpis.of(orders, dispatchWithin(rules.apply(List.of(new RoleKpiRequest()))));
  }

  private static Duration dispatchWithin(List<Decision> decisions) {
    List<RoleKpiLimit> limits = only(decisions, RoleKpiLimit.class);
    if (limits.size() != 1) {
      throw new IllegalStateException(
          "the role-KPI table defines exactly one limit, defined " + limits);
    }
    return Duration.ofMinutes(limits.get(0).dispatchWithinMinutes());
  }

  @Override
  public EvaluationReport evaluate(DistrictSnapshot snapshot, YearQuarter quarter) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(quarter, "quarter");
    List<ScoreWeight> weights = weights();
    YearQuarter before = quarter.previous();
    List<GridScore> previous =
        GridJudgements.scores(
            snapshot, DueOrders.in(snapshot.orders(), before), before, List.of(), weights, rules);
    return evaluate(snapshot, quarter, weights, previous);
  }

  @Override
  public EvaluationReport evaluate(
      DistrictSnapshot snapshot, YearQuarter quarter, EvaluationReport previous) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(previous, "previous");
    if (!previous.quarter().equals(quarter.previous())) {
      throw new IllegalArgumentException(
          "the previous report is of the quarter before "
              + quarter
              + ", got one of "
              + previous.quarter());
    }
    return evaluate(snapshot, quarter, weights(), previous.grids());
  }

  private EvaluationReport evaluate(
      DistrictSnapshot snapshot,
      YearQuarter quarter,
      List<ScoreWeight> weights,
      List<GridScore> previous) {
    List<WorkOrder> due = DueOrders.in(snapshot.orders(), quarter);
    List<GridScore> scores =
        GridJudgements.scores(snapshot, due, quarter, previous, weights, rules);
    Map<GridCode, GridScore> before = new HashMap<>();
    previous.forEach(s -> before.put(s.grid(), s));
    Ledger ledger = Ledger.of(due, ZONE);
    Map<CommunityCode, LedgerLine> communities = ledger.byCommunity();
    List<Pairing> pairings =
        snapshot.organisation().pairings().stream()
            .filter(p -> p.inForceOn(quarter.lastDay()))
            .sorted(Comparator.comparing(Pairing::since).thenComparing(p -> p.unit().value()))
            .toList();

    List<Object> facts = new ArrayList<>();
    for (GridScore s : scores) {
      facts.add(performance(s, before.get(s.grid()), quarter, weights));
    }
    facts.addAll(pairedUnits(snapshot, pairings));
    facts.addAll(firstSecretaries(snapshot, quarter));
    facts.addAll(StarCandidates.of(snapshot, due, quarter));
    facts.addAll(
        communityQuarters(
            snapshot, Ledger.forPeriod(snapshot.orders(), ZONE, quarter.period()), quarter));
    facts.add(new RoleKpiRequest());

    List<Decision> decisions = rules.apply(facts);
    List<Decision> named =
        rules.apply(
            List.copyOf(StarCandidates.ranked(only(decisions, StarNomination.class), snapshot)));
    return new EvaluationReport(
        quarter,
        scores,
        communities,
        ledger.byStreet(),
        pairedUnitLines(pairings, communities),
        sorted(only(decisions, WeakGrid.class), d -> d.grid().value()),
        sorted(only(decisions, FirstSecretaryRecommendation.class), d -> d.grid().value()),
        sorted(only(decisions, FirstSecretaryReview.class), d -> d.grid().value()),
        only(named, GridServiceStar.class).stream()
            .sorted(
                Comparator.comparing((GridServiceStar s) -> s.community().value())
                    .thenComparingInt(GridServiceStar::rank))
            .toList(),
        sorted(only(decisions, ComplianceFinding.class), d -> d.community().value()),
        RoleKpis.of(due, dispatchWithin(decisions)));
  }

  /** A grid's performance as the weak-grid rules read it. */
  private static GridPerformance performance(
      GridScore s, GridScore before, YearQuarter quarter, List<ScoreWeight> weights) {
    OptionalDouble then =
        before == null || before.score().isEmpty() ? OptionalDouble.empty() : before.score();
    double fall =
        s.score().isPresent() && then.isPresent()
            ? then.getAsDouble() - s.score().getAsDouble()
            : 0;
    WeakGridEvidence evidence =
        s.score().isPresent()
            ? new WeakGridEvidence(
                s.basis(), s.judged().due(), then, GridScoreFormula.shortfalls(s.judged(), weights))
            : new WeakGridEvidence(s.basis(), s.judged().due(), then, List.of());
    return new GridPerformance(
        s.grid(),
        s.grid().community(),
        quarter,
        s.score().isPresent(),
        s.score().orElse(0),
        s.decile(),
        s.bottomDecile(),
        before != null && before.bottomDecile(),
        s.score().isPresent() ? s.judged().due() : s.due().due(),
        fall,
        evidence);
  }

  /** The first secretaries serving grids' Party branches on the quarter's last day. */
  private static List<GridFirstSecretary> firstSecretaries(
      DistrictSnapshot snapshot, YearQuarter quarter) {
    Map<UnitId, String> names = new HashMap<>();
    for (DistrictUnit u : snapshot.organisation().units()) {
      names.put(u.id(), u.name());
    }
    List<GridFirstSecretary> facts = new ArrayList<>();
    for (FirstSecretary f : snapshot.people().firstSecretaries()) {
      Optional<GridCode> grid = f.area().optionalGrid();
      if (grid.isPresent() && !f.from().isAfter(quarter.lastDay())) {
        int served = 1;
        for (YearQuarter q = YearQuarter.of(f.from()); q.compareTo(quarter) < 0; q = q.next()) {
          served++;
        }
        facts.add(
            new GridFirstSecretary(
                grid.get(),
                f.person(),
                f.sendingUnit(),
                names.getOrDefault(f.sendingUnit(), f.sendingUnit().value()),
                f.from(),
                served));
      }
    }
    facts.sort(
        Comparator.comparing((GridFirstSecretary f) -> f.grid().value())
            .thenComparing(f -> f.person().value()));
    return facts;
  }

  private static List<PairedUnit> pairedUnits(DistrictSnapshot snapshot, List<Pairing> pairings) {
    Map<UnitId, String> names = new HashMap<>();
    for (DistrictUnit u : snapshot.organisation().units()) {
      names.put(u.id(), u.name());
    }
    List<PairedUnit> facts = new ArrayList<>();
    Set<CommunityCode> seen = new LinkedHashSet<>();
    for (Pairing p : pairings) {
      for (CommunityCode c : new TreeSet<>(comparingCommunity(p.communities()))) {
        facts.add(
            new PairedUnit(
                c, p.unit(), names.getOrDefault(p.unit(), p.unit().value()), seen.add(c)));
      }
    }
    return facts;
  }

  private static TreeSet<CommunityCode> comparingCommunity(Set<CommunityCode> communities) {
    TreeSet<CommunityCode> sorted = new TreeSet<>(Comparator.comparing(CommunityCode::value));
    sorted.addAll(communities);
    return sorted;
  }

  private static Map<UnitId, LedgerLine> pairedUnitLines(
      List<Pairing> pairings, Map<CommunityCode, LedgerLine> communities) {
    Map<UnitId, LedgerLine> lines = new TreeMap<>(Comparator.comparing(UnitId::value));
    for (Pairing p : pairings) {
      LedgerLine line = LedgerLine.EMPTY;
      for (CommunityCode c : p.communities()) {
        line = line.plus(communities.getOrDefault(c, LedgerLine.EMPTY));
      }
      lines.put(p.unit(), line);
    }
    return lines;
  }

  /** What each community of the territory did in the quarter. */
  private static List<CommunityQuarter> communityQuarters(
      DistrictSnapshot snapshot, Ledger ledger, YearQuarter quarter) {
    JointMeetings meetings = JointMeetings.of(snapshot.meetings().joint());
    Map<CommunityCode, Integer> demands = new HashMap<>();
    for (DemandItem d : snapshot.lists().demands()) {
      if (quarter.period().contains(d.raisedAt().atZone(ZONE).toLocalDate())) {
        demands.merge(d.community(), 1, Integer::sum);
      }
    }
    Map<CommunityCode, Set<ProjectId>> projects = new HashMap<>();
    for (WorkOrder order : ledger.orders()) {
      order
          .origin()
          .projectId()
          .ifPresent(
              p -> projects.computeIfAbsent(order.grid().community(), c -> new HashSet<>()).add(p));
    }
    Set<CommunityCode> communities = new TreeSet<>(Comparator.comparing(CommunityCode::value));
    for (Community c : snapshot.territory().communities()) {
      communities.add(c.code());
    }
    List<CommunityQuarter> facts = new ArrayList<>();
    for (CommunityCode c : communities) {
      JointMeeting meeting = meetings.of(c, quarter).orElse(null);
      Set<ProjectId> updated = new HashSet<>(projects.getOrDefault(c, Set.of()));
      if (meeting != null) {
        updated.addAll(meeting.agenda());
      }
      facts.add(
          new CommunityQuarter(
              c, quarter, meeting != null, demands.getOrDefault(c, 0), updated.size()));
    }
    return facts;
  }

  private static <T> List<T> only(List<Decision> decisions, Class<T> type) {
    return decisions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends Decision> List<T> sorted(List<T> decisions, Function<T, String> key) {
    return decisions.stream()
        .sorted(Comparator.comparing(key).thenComparing(Decision::rule))
        .toList();
  }
}
