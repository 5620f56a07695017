package org.gridgov.rules.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.people.Assignment;
import org.gridgov.core.people.AssignmentRole;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.post.PostClaim;
import org.gridgov.core.territory.Grid;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.decision.StarNomination;
import org.gridgov.rules.fact.RankedNominee;
import org.gridgov.rules.fact.StarCandidate;
import org.gridgov.rules.fact.StarRole;

/** The candidates for grid service star, and the ranking of their nominations per community. */
final class StarCandidates {

  private StarCandidates() {}

  /** What one person did, while it is being counted. */
  private static final class Tally {
    final Map<GridCode, Integer> grids = new TreeMap<>(Comparator.comparing(GridCode::value));
    int resolved;
    int onTime;
    int rated;
    int satisfied;
    int unsatisfied;
    int praised;
  }

  /**
   * The candidates of a quarter: everyone credited with an order due in it (see {@link
   * StarCandidate}), in order of person id.
   */
  static List<StarCandidate> of(DistrictSnapshot snapshot, List<WorkOrder> due, YearQuarter q) {
    Map<GridCode, PersonId> gridWorker = new HashMap<>();
    Set<PersonId> gridWorkers = new HashSet<>();
    for (Assignment a : snapshot.people().assignments()) {
      if (a.role() == AssignmentRole.GRID_WORKER && !a.since().isAfter(q.lastDay())) {
        gridWorkers.add(a.person());
        gridWorker.merge(
            a.grid(), a.person(), (x, y) -> x.value().compareTo(y.value()) <= 0 ? x : y);
      }
    }
    Set<PersonId> postHolders = new HashSet<>();
    for (PostClaim c : snapshot.posts().claims()) {
      if (!c.on().isAfter(q.lastDay())) {
        postHolders.add(c.person());
      }
    }
    Map<PersonId, Tally> tallies = new TreeMap<>(Comparator.comparing(PersonId::value));
    for (WorkOrder o : due) {
      PersonId credited = credited(o, gridWorker);
      if (credited == null) {
        continue;
      }
      Tally t = tallies.computeIfAbsent(credited, p -> new Tally());
      t.grids.merge(o.grid(), 1, Integer::sum);
      if (o.resolvedAt().isPresent()) {
        t.resolved++;
        if (o.deadlines().resolvedOnTime(o.resolvedAt().get())) {
          t.onTime++;
        }
      }
      for (Rating r : o.ratings()) {
        t.rated++;
        if (r.closes()) {
          t.satisfied++;
          if (r.comment().isPresent()) {
            t.praised++;
          }
        } else {
          t.unsatisfied++;
        }
      }
    }
    List<StarCandidate> candidates = new ArrayList<>();
    tallies.forEach(
        (person, t) -> {
          GridCode grid =
              t.grids.entrySet().stream()
                  .max(
                      Map.Entry.<GridCode, Integer>comparingByValue()
                          .thenComparing(
                              Map.Entry.comparingByKey(
                                  Comparator.comparing(GridCode::value).reversed())))
                  .orElseThrow()
                  .getKey();
          StarRole role =
              gridWorkers.contains(person)
                  ? StarRole.GRID_WORKER
                  : postHolders.contains(person) ? StarRole.POST_HOLDER : StarRole.VOLUNTEER;
          candidates.add(
              new StarCandidate(
                  grid,
                  grid.community(),
                  q,
                  person,
                  role,
                  t.resolved,
                  t.onTime,
                  t.rated,
                  t.satisfied,
                  t.unsatisfied,
                  t.praised));
        });
    return candidates;
  }

  /**
   * The person an order is credited to: its assignee when a person, the grid worker of its grid
   * when its community committee or grid Party branch holds it; null otherwise.
   */
  private static PersonId credited(WorkOrder o, Map<GridCode, PersonId> gridWorker) {
    ResponsibleSubject assignee = o.assignee().orElse(null);
    if (assignee == null) {
      return null;
    }
    if (assignee.kind().isPerson()) {
      return PersonId.of(assignee.reference());
    }
    if (assignee.kind() == SubjectKind.COMMUNITY_COMMITTEE
        || assignee.kind() == SubjectKind.GRID_PARTY_BRANCH) {
      return gridWorker.get(o.grid());
    }
    return null;
  }

  /**
   * The nominations ranked within their community: a person's best nomination only, more points
   * first, then more on-time orders, then the smaller person id.
   */
  static List<RankedNominee> ranked(List<StarNomination> nominations, DistrictSnapshot snapshot) {
    Map<PersonId, StarNomination> best = new TreeMap<>(Comparator.comparing(PersonId::value));
    for (StarNomination n : nominations) {
      best.merge(
          n.candidate().person(),
          n,
          (a, b) ->
              b.points() > a.points()
                      || (b.points() == a.points() && b.rule().compareTo(a.rule()) < 0)
                  ? b
                  : a);
    }
    Map<String, Integer> gridsOf = new HashMap<>();
    for (Grid g : snapshot.territory().grids()) {
      gridsOf.merge(g.code().community().value(), 1, Integer::sum);
    }
    Map<String, List<StarNomination>> byCommunity = new TreeMap<>();
    for (StarNomination n : best.values()) {
      byCommunity.computeIfAbsent(n.candidate().community().value(), c -> new ArrayList<>()).add(n);
    }
    List<RankedNominee> ranked = new ArrayList<>();
    byCommunity.forEach(
        (community, list) -> {
          list.sort(
              Comparator.comparingInt(StarNomination::points)
                  .reversed()
                  .thenComparing(
                      Comparator.comparingInt((StarNomination n) -> n.candidate().resolvedOnTime())
                          .reversed())
                  .thenComparing(n -> n.candidate().person().value()));
          int grids = Math.max(1, gridsOf.getOrDefault(community, 1));
          for (int i = 0; i < list.size(); i++) {
            StarNomination n = list.get(i);
            ranked.add(new RankedNominee(n.candidate(), n.points(), n.rule(), grids, i + 1));
          }
        });
    return ranked;
  }
}
