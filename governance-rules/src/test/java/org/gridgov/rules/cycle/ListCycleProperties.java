package org.gridgov.rules.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.cycle.Cycles.CYCLE;
import static org.gridgov.rules.cycle.Cycles.PARTICIPANTS;
import static org.gridgov.rules.cycle.Cycles.applied;
import static org.gridgov.rules.cycle.Cycles.day;
import static org.gridgov.rules.cycle.Cycles.demandItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.CycleProject;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.ListItem;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ListedResource;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.Reconciliation;
import org.gridgov.core.cycle.ReconciliationLine;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CompoundId;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.gridgov.rules.decision.ProjectSupervision;

/**
 * The invariants of the list cycle over random runs of several quarters in two streets: every item
 * in exactly one state at every quarter end; formed = resolved + open + cancelled for every
 * community, street and the district; a project's demands are never lost or counted twice; and the
 * event history replays to the live ledger.
 */
class ListCycleProperties {

  private static final List<CommunityCode> COMMUNITIES =
      List.of(
          CommunityCode.of("350111001001"),
          CommunityCode.of("350111001002"),
          CommunityCode.of("350111103201"));
  private static final YearQuarter FIRST = YearQuarter.of(2022, 1);
  private static final ProjectKind[] KINDS = ProjectKind.values();

  /** A random run: what it formed, and the ledger it left. */
  private record Run(CycleLedger ledger, Map<YearQuarter, Integer> formedBy) {}

  private static Run run(long seed, int quarters, int demandsPerQuarter) {
    Random random = new Random(seed);
    CycleLedger ledger = CycleLedger.empty();
    for (CommunityCode c : COMMUNITIES) {
      for (int r = 0; r < 2; r++) {
        ResourceItem item =
            new ResourceItem(
                ResourceId.of("r-" + c + "-" + r),
                ResourceProvider.of(Cycles.PAIRED_UNIT),
                ResourceKind.FUNDS,
                "资源",
                Area.of(c));
        ProviderKind provider = r == 0 ? ProviderKind.PAIRED_UNIT : ProviderKind.VOLUNTEER_TEAM;
        applied(
            ledger.list(
                new ListedResource(
                    item,
                    provider,
                    Set.of(),
                    Capacity.of(random.nextInt(200_000), random.nextInt(300), random.nextInt(50))),
                FIRST.firstDay()));
      }
    }
    Map<YearQuarter, Integer> formedBy = new HashMap<>();
    int formed = 0;
    int serial = 0;
    YearQuarter q = FIRST;
    for (int n = 0; n < quarters; n++, q = q.next()) {
      for (int i = 0; i < demandsPerQuarter; i++) {
        CommunityCode c = COMMUNITIES.get(random.nextInt(COMMUNITIES.size()));
        GridCode grid = c.grid(1 + random.nextInt(3));
        Optional<CompoundId> compound =
            random.nextBoolean()
                ? Optional.of(CompoundId.of("cp-" + c + "-" + random.nextInt(2)))
                : Optional.empty();
        boolean small = random.nextInt(3) == 0;
        ListedDemand d =
            new ListedDemand(
                demandItem("d-" + serial++, grid, compound),
                KINDS[random.nextInt(KINDS.length)],
                small
                    ? Capacity.NONE
                    : Capacity.of(random.nextInt(120_000), random.nextInt(80), random.nextInt(10)),
                Optional.empty(),
                1 + random.nextInt(100),
                small ? 1 : 1 + random.nextInt(3),
                !small && random.nextBoolean());
        applied(Cycles.form(ledger, d, day(q, 1 + random.nextInt(20))));
        formed++;
      }
      for (ListItem item : settledAtOnce(ledger)) {
        if (random.nextInt(4) > 0) {
          applied(ledger.settle(item.demand().id(), day(q, 25)));
        }
      }
      for (CommunityCode c : COMMUNITIES) {
        proposeAndCheck(ledger, c, q);
        applied(ledger.record(CYCLE.meeting(ledger, c, q, day(q, 40), PARTICIPANTS)));
        for (CycleProject p : ledger.projects(c)) {
          if (p.state() == ItemState.AGREED) {
            applied(ledger.dispatch(CYCLE.dispatch(ledger, p.id(), subjects(c), day(q, 41))));
          }
        }
      }
      act(ledger, q, random);
      applied(ledger.closeQuarter(q));
      formedBy.put(q, formed);
    }
    return new Run(ledger, formedBy);
  }

  private static List<ListItem> settledAtOnce(CycleLedger ledger) {
    List<ListItem> all = new ArrayList<>();
    for (CommunityCode c : COMMUNITIES) {
      ledger.items(c).stream().filter(i -> i.state() == ItemState.DISPATCHED).forEach(all::add);
    }
    return all;
  }

  private static Subjects subjects(CommunityCode c) {
    return Subjects.of(c, ResponsibleSubject.community(c, "居委会 " + c));
  }

  /** The subjects take, return, report, resolve; residents rate; late projects are supervised. */
  private static void act(CycleLedger ledger, YearQuarter q, Random random) {
    for (CommunityCode c : COMMUNITIES) {
      for (CycleProject p : ledger.projects(c)) {
        ProjectId id = p.id();
        switch (p.state()) {
          case DISPATCHED -> {
            if (random.nextInt(5) == 0) {
              applied(ledger.giveBack(id, "缺少施工条件", day(q, 45)));
            } else {
              applied(ledger.take(id, day(q, 45)));
            }
          }
          case TAKEN -> {
            if (random.nextInt(3) == 0) {
              applied(ledger.report(id, 50, "推进中", day(q, 50)));
            } else {
              applied(ledger.resolve(id, day(q, 50)));
            }
          }
          case REFERRED_UP -> {
            if (random.nextInt(4) == 0) {
              applied(ledger.resolve(id, day(q, 50)));
            }
          }
          default -> {}
        }
        if (ledger.project(id).orElseThrow().state() == ItemState.RESOLVED) {
          Satisfaction s = Satisfaction.values()[random.nextInt(3)];
          ProjectRatingDecision d = CYCLE.onRating(ledger, id, s);
          applied(ledger.rate(id, s, d.outcome(), d.rule(), day(q, 60)));
        }
      }
    }
    LocalDate sweep = day(q, 70);
    for (ProjectSupervision s : CYCLE.supervision(ledger, sweep)) {
      applied(ledger.supervise(s.project(), s.to(), s.rule(), sweep));
    }
  }

  /** Proposals cover every waiting item of the community once. */
  private static void proposeAndCheck(CycleLedger ledger, CommunityCode c, YearQuarter q) {
    Set<DemandId> waiting = new HashSet<>();
    ledger.unproposed(c).forEach(i -> waiting.add(i.demand().id()));
    List<ProjectProposal> proposals = CYCLE.propose(ledger, c, q);
    List<DemandId> covered = new ArrayList<>();
    proposals.forEach(p -> covered.addAll(p.demands()));
    assertThat(covered).doesNotHaveDuplicates();
    assertThat(new HashSet<>(covered)).isEqualTo(waiting);
    proposals.forEach(p -> applied(ledger.propose(p, day(q, 30))));
    assertThat(ledger.unproposed(c)).isEmpty();
  }

  @Property(tries = 15)
  void everyItemIsInExactlyOneStateAtEveryQuarterEnd(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int quarters) {
    Run run = run(seed, quarters, 12);

    for (Reconciliation r : run.ledger().reconciliations()) {
      int formed = run.formedBy().get(r.quarter());
      assertThat(r.district().formed()).isEqualTo(formed);
      assertThat(r.district().standingTotal()).isEqualTo(formed);
      assertThat(r.district().atEnd().get(ItemState.FORMED)).isZero();
      assertThat(r.district().atEnd().get(ItemState.ON_AGENDA)).isZero();
      assertThat(r.district().atEnd().get(ItemState.RETURNED)).isZero();
      assertThat(r.district().atEnd().get(ItemState.RATED)).isZero();
    }
  }

  @Property(tries = 15)
  void formedIsResolvedPlusOpenPlusCancelledAtEveryLevel(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int quarters) {
    Run run = run(seed, quarters, 12);

    for (Reconciliation r : run.ledger().reconciliations()) {
      List<ReconciliationLine> lines = new ArrayList<>(r.communities().values());
      lines.addAll(r.streets().values());
      lines.add(r.district());
      for (ReconciliationLine line : lines) {
        assertThat(line.resolved() + line.open() + line.cancelled()).isEqualTo(line.formed());
      }
      // a street with no item yet has no line: the streets' lines add up to the district's
      assertThat(r.streets().values().stream().mapToLong(ReconciliationLine::formed).sum())
          .isEqualTo(r.district().formed());
      assertThat(r.communities().values().stream().mapToLong(ReconciliationLine::formed).sum())
          .isEqualTo(r.district().formed());
    }
  }

  @Property(tries = 15)
  void aProjectsDemandsAreNeverLostOrCountedTwice(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int quarters) {
    CycleLedger ledger = run(seed, quarters, 12).ledger();

    Set<DemandId> inProjects = new HashSet<>();
    for (CommunityCode c : COMMUNITIES) {
      for (CycleProject p : ledger.projects(c)) {
        for (DemandId d : p.proposal().demands()) {
          assertThat(inProjects.add(d)).as("demand %s in one project", d).isTrue();
          ListItem item = ledger.item(d).orElseThrow();
          assertThat(item.project()).contains(p.id());
          assertThat(item.state()).isEqualTo(p.state());
        }
      }
      for (ListItem item : ledger.items(c)) {
        assertThat(item.project().isPresent()).isEqualTo(inProjects.contains(item.demand().id()));
      }
    }
  }

  @Property(tries = 15)
  void replayingTheHistoryGivesTheLiveLedger(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int quarters) {
    CycleLedger live = run(seed, quarters, 12).ledger();

    CycleLedger replayed = CycleLedger.replay(live.events());

    assertThat(replayed.sameStateAs(live)).isTrue();
    assertThat(replayed.reconciliations()).isEqualTo(live.reconciliations());
  }

  @Property(tries = 10)
  void meetingsAgreeNoMoreThanTheirCapacity(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int quarters) {
    CycleLedger ledger = run(seed, quarters, 20).ledger();

    ledger.events().stream()
        .filter(e -> e instanceof org.gridgov.core.cycle.CycleEvent.MeetingHeld)
        .map(e -> ((org.gridgov.core.cycle.CycleEvent.MeetingHeld) e).minutes())
        .forEach(
            m ->
                assertThat(m.with(MeetingOutcome.AGREED).size()).isLessThanOrEqualTo(m.capacity()));
  }
}
