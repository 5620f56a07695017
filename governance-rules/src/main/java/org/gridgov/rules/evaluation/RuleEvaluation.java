package org.gridgov.rules.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.gridgov.core.people.PersonId;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.post.ServicePost;
import org.gridgov.core.post.ServicePostId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.Ledger;
import org.gridgov.core.workorder.LedgerLine;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.ComplianceFinding;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.FirstSecretaryRecommendation;
import org.gridgov.rules.decision.GridServiceStar;
import org.gridgov.rules.decision.RatingDecision;
import org.gridgov.rules.decision.RatingOutcome;
import org.gridgov.rules.decision.ScoreWeight;
import org.gridgov.rules.decision.WeakGrid;
import org.gridgov.rules.fact.CommunityQuarter;
import org.gridgov.rules.fact.GridPerformance;
import org.gridgov.rules.fact.PairedUnit;
import org.gridgov.rules.fact.PostHolderSatisfaction;
import org.gridgov.rules.fact.RatedOrder;

/** The evaluation on the engine's rules: Java computes the figures, the rules decide. */
final class RuleEvaluation implements Evaluation {

  /** The assignee kinds whose reference is a person id. */
  private static final Set<SubjectKind> PERSONS =
      EnumSet.of(SubjectKind.GRID_WORKER, SubjectKind.VOLUNTEER, SubjectKind.CAPABLE_RESIDENT);

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
  public EvaluationReport evaluate(DistrictSnapshot snapshot, YearQuarter quarter) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(quarter, "quarter");
    List<ScoreWeight> weights = weights();
    List<GridScore> before =
        scores(
            snapshot,
            Ledger.forPeriod(snapshot.orders(), ZONE, quarter.previous().period()),
            weights);
    return evaluate(snapshot, quarter, weights, bottomOf(before));
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
    return evaluate(snapshot, quarter, weights(), bottomOf(previous.grids()));
  }

  private static Set<GridCode> bottomOf(List<GridScore> scores) {
    Set<GridCode> bottom = new LinkedHashSet<>();
    for (GridScore s : scores) {
      if (s.bottomDecile()) {
        bottom.add(s.grid());
      }
    }
    return bottom;
  }

  private EvaluationReport evaluate(
      DistrictSnapshot snapshot,
      YearQuarter quarter,
      List<ScoreWeight> weights,
      Set<GridCode> bottomLastQuarter) {
    Ledger ledger = Ledger.forPeriod(snapshot.orders(), ZONE, quarter.period());
    List<GridScore> scores = scores(snapshot, ledger, weights);
    Map<CommunityCode, LedgerLine> communities = ledger.byCommunity();
    List<Pairing> pairings =
        snapshot.organisation().pairings().stream()
            .filter(p -> p.inForceOn(quarter.lastDay()))
            .sorted(Comparator.comparing(Pairing::since).thenComparing(p -> p.unit().value()))
            .toList();

    List<Object> facts = new ArrayList<>();
    for (GridScore s : scores) {
      facts.add(
          new GridPerformance(
              s.grid(),
              s.grid().community(),
              quarter,
              s.score().isPresent(),
              s.score().orElse(0),
              s.decile(),
              s.bottomDecile(),
              bottomLastQuarter.contains(s.grid())));
    }
    facts.addAll(pairedUnits(snapshot, pairings));
    facts.addAll(postHolders(snapshot, ledger, quarter));
    facts.addAll(communityQuarters(snapshot, ledger, quarter));

    List<Decision> decisions = rules.apply(facts);
    return new EvaluationReport(
        quarter,
        scores,
        communities,
        ledger.byStreet(),
        pairedUnitLines(pairings, communities),
        sorted(only(decisions, WeakGrid.class), d -> d.grid().value()),
        sorted(only(decisions, FirstSecretaryRecommendation.class), d -> d.grid().value()),
        sorted(only(decisions, GridServiceStar.class), d -> d.grid().value()),
        sorted(only(decisions, ComplianceFinding.class), d -> d.community().value()));
  }

  /** The score of every grid of the territory and every grid with orders, with its decile. */
  private static List<GridScore> scores(
      DistrictSnapshot snapshot, Ledger ledger, List<ScoreWeight> weights) {
    Map<GridCode, LedgerLine> byGrid = ledger.byGrid();
    Set<GridCode> grids = new TreeSet<>(Comparator.comparing(GridCode::value));
    for (Grid g : snapshot.territory().grids()) {
      grids.add(g.code());
    }
    grids.addAll(byGrid.keySet());
    Map<GridCode, KpiFigures> figures = new LinkedHashMap<>();
    Map<GridCode, OptionalDouble> score = new LinkedHashMap<>();
    List<Double> scored = new ArrayList<>();
    for (GridCode g : grids) {
      KpiFigures f = byGrid.getOrDefault(g, LedgerLine.EMPTY).figures();
      OptionalDouble s = GridScoreFormula.score(f, weights);
      figures.put(g, f);
      score.put(g, s);
      s.ifPresent(scored::add);
    }
    double best = scored.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    List<GridScore> result = new ArrayList<>();
    for (GridCode g : grids) {
      OptionalDouble s = score.get(g);
      int decile = 0;
      boolean bottom = false;
      if (s.isPresent()) {
        double mine = s.getAsDouble();
        long below = scored.stream().filter(x -> x < mine).count();
        decile = (int) (1 + (10 * below) / scored.size());
        bottom = decile == 1 && mine < best;
      }
      result.add(new GridScore(g, figures.get(g), s, decile, bottom));
    }
    return result;
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

  /** The post holders of each grid with the satisfaction of the orders they resolved. */
  private static List<PostHolderSatisfaction> postHolders(
      DistrictSnapshot snapshot, Ledger ledger, YearQuarter quarter) {
    Map<ServicePostId, GridCode> postGrid = new HashMap<>();
    for (ServicePost post : snapshot.posts().servicePosts()) {
      postGrid.put(post.id(), post.grid());
    }
    Map<GridCode, Set<PersonId>> holders = new TreeMap<>(Comparator.comparing(GridCode::value));
    for (PostClaim claim : snapshot.posts().claims()) {
      GridCode grid = postGrid.get(claim.post());
      if (grid != null && !claim.on().isAfter(quarter.lastDay())) {
        holders
            .computeIfAbsent(grid, g -> new TreeSet<>(Comparator.comparing(PersonId::value)))
            .add(claim.person());
      }
    }
    Map<String, List<WorkOrder>> rated = new HashMap<>();
    for (WorkOrder order : ledger.orders()) {
      ResponsibleSubject assignee = order.assignee().orElse(null);
      if (assignee != null
          && PERSONS.contains(assignee.kind())
          && order.resolvedAt().isPresent()
          && !order.ratings().isEmpty()) {
        rated.computeIfAbsent(assignee.reference(), k -> new ArrayList<>()).add(order);
      }
    }
    List<PostHolderSatisfaction> facts = new ArrayList<>();
    for (Map.Entry<GridCode, Set<PersonId>> e : holders.entrySet()) {
      int number = 0;
      for (PersonId person : e.getValue()) {
        number++;
        List<WorkOrder> orders = rated.getOrDefault(person.value(), List.of());
        double rate = Ledger.of(orders, ZONE).total().figures().satisfactionRate().orElse(0);
        facts.add(
            new PostHolderSatisfaction(e.getKey(), quarter, person, number, orders.size(), rate));
      }
    }
    return facts;
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
