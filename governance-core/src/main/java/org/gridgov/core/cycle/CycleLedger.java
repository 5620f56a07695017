package org.gridgov.core.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.Message;
import org.gridgov.core.common.Messages;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.cycle.CycleEvent.ItemFormed;
import org.gridgov.core.cycle.CycleEvent.ItemSettled;
import org.gridgov.core.cycle.CycleEvent.ItemWithdrawn;
import org.gridgov.core.cycle.CycleEvent.MeetingHeld;
import org.gridgov.core.cycle.CycleEvent.ProgressReported;
import org.gridgov.core.cycle.CycleEvent.ProjectDispatched;
import org.gridgov.core.cycle.CycleEvent.ProjectProposed;
import org.gridgov.core.cycle.CycleEvent.ProjectRated;
import org.gridgov.core.cycle.CycleEvent.ProjectResolved;
import org.gridgov.core.cycle.CycleEvent.ProjectReturned;
import org.gridgov.core.cycle.CycleEvent.ProjectSupervised;
import org.gridgov.core.cycle.CycleEvent.ProjectTaken;
import org.gridgov.core.cycle.CycleEvent.QuarterClosed;
import org.gridgov.core.cycle.CycleEvent.ResourceListed;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * The live state of a district's list cycle and its reconciliation ledger (对账销号台账): the resource
 * list with what each resource has left in each quarter, the demand list item by item, the project
 * list, the meetings held, and the reconciliation of every closed quarter.
 *
 * <p>Every change is an event: a command checks that its event applies and either applies it
 * ({@link CycleStep.Applied}) or refuses it with a reason and leaves the ledger as it was ({@link
 * CycleStep.Refused}). {@link #replay} applies a history of events through the same checks, so that
 * replaying {@link #events()} gives a ledger in the same state ({@link #sameStateAs}).
 *
 * <p>Quarters close in order ({@link #closeQuarter}); nothing may be recorded on a day of a closed
 * quarter, and a quarter closes only when nothing of a later quarter has been recorded yet. At
 * every close each item is in exactly one state, which the reconciliation counts.
 *
 * <p>Not thread-safe: one thread, or the host's own lock, changes a ledger.
 */
public final class CycleLedger {

  private record MeetingKey(CommunityCode community, YearQuarter quarter) {}

  private record Use(ResourceId resource, YearQuarter quarter) {}

  private final Map<ResourceId, ListedResource> resources = new LinkedHashMap<>();
  private final Map<CommunityCode, List<ResourceId>> resourcesByCommunity = new HashMap<>();
  private final Map<Use, Capacity> used = new HashMap<>();
  private final Map<DemandId, ListItem> items = new LinkedHashMap<>();
  private final Map<CommunityCode, List<DemandId>> itemsByCommunity = new LinkedHashMap<>();
  private final Map<ProjectId, CycleProject> projects = new LinkedHashMap<>();
  private final Map<CommunityCode, List<ProjectId>> projectsByCommunity = new HashMap<>();
  private final Set<MeetingKey> meetings = new HashSet<>();
  private final Map<YearQuarter, Map<CommunityCode, EnumMap<ItemState, Long>>> during =
      new HashMap<>();
  private final Map<CommunityCode, Long> formed = new HashMap<>();
  private final Map<YearQuarter, Reconciliation> closed = new TreeMap<>();
  private final List<CycleEvent> events = new ArrayList<>();
  private YearQuarter lastClosed;
  private LocalDate latest;

  private CycleLedger() {}

  /**
   * An empty ledger.
   *
   * @return a ledger with no resources, items, projects or closed quarters
   */
  public static CycleLedger empty() {
    return new CycleLedger();
  }

  /**
   * A ledger made by applying a history of events in order.
   *
   * @param history the events, such as another ledger's {@link #events()}
   * @return the ledger
   * @throws IllegalArgumentException naming the first event that does not apply, its place and why
   */
  public static CycleLedger replay(List<CycleEvent> history) {
    CycleLedger ledger = new CycleLedger();
    for (int i = 0; i < history.size(); i++) {
      CycleStep step = ledger.offer(history.get(i));
      if (step instanceof CycleStep.Refused r) {
        throw ValueRefusedException.of(
            "refused.CycleLedger.eventHistoryDoesNot", i, r.event(), r.text());
      }
    }
    return ledger;
  }

  // ---- commands -------------------------------------------------------------------------------

  /**
   * Puts a resource on the service resource list.
   *
   * @param resource the resource
   * @param on when
   * @return applied, or refused if the id is listed already
   */
  public CycleStep list(ListedResource resource, LocalDate on) {
    return offer(new ResourceListed(resource, on));
  }

  /**
   * Puts a demand on the demand list on the track the rules chose. A demand settled at once is
   * dispatched as today's work order at once.
   *
   * @param demand the demand as sorted
   * @param track its track
   * @param rule the track rule that chose it
   * @param on when
   * @return applied, or refused if the demand is on the list already
   */
  public CycleStep form(ListedDemand demand, Track track, String rule, LocalDate on) {
    return offer(new ItemFormed(demand, track, rule, on));
  }

  /**
   * Records that a demand settled at once is done and closed.
   *
   * @param demand the demand
   * @param on when
   * @return applied, or refused unless the demand is settled at once and still dispatched
   */
  public CycleStep settle(DemandId demand, LocalDate on) {
    return offer(new ItemSettled(demand, on));
  }

  /**
   * Records that the work order of a demand settled at once was cancelled before it was settled (a
   * repeat, withdrawn by the resident, not a matter for the list): the item is withdrawn and counts
   * as cancelled.
   *
   * @param demand the demand
   * @param reason why the order was cancelled; empty text when nothing was said
   * @param on when
   * @return applied, or refused unless the demand is settled at once and still dispatched
   */
  public CycleStep withdraw(DemandId demand, String reason, LocalDate on) {
    return offer(new ItemWithdrawn(demand, reason, on));
  }

  /**
   * Puts a proposal on the project list.
   *
   * @param proposal the proposal
   * @param on when
   * @return applied, or refused if the id is taken, a demand is not a waiting item of the
   *     proposal's community on the project-list track or is covered by another project, or a
   *     resource is not listed for that community
   */
  public CycleStep propose(ProjectProposal proposal, LocalDate on) {
    return offer(new ProjectProposed(proposal, on));
  }

  /**
   * Records a joint meeting: its agenda goes on the agenda, and each project moves as decided.
   * Agreed projects use their resources in the meeting's quarter.
   *
   * @param minutes the minutes
   * @return applied, or refused if the community met already that quarter, a project on the agenda
   *     is not waiting for a meeting of that community, or agreed projects would use more of a
   *     resource than it has left in the quarter
   */
  public CycleStep record(MeetingMinutes minutes) {
    return offer(new MeetingHeld(minutes));
  }

  /**
   * Dispatches an agreed project.
   *
   * @param dispatch the dispatch
   * @return applied, or refused unless the project is agreed
   */
  public CycleStep dispatch(ProjectDispatch dispatch) {
    return offer(new ProjectDispatched(dispatch));
  }

  /**
   * Records that the subject took the project (接单).
   *
   * @param project the project
   * @param on when
   * @return applied, or refused unless the project is dispatched
   */
  public CycleStep take(ProjectId project, LocalDate on) {
    return offer(new ProjectTaken(project, on));
  }

  /**
   * Records that the subject returned the project (退单); it goes back to the next meeting.
   *
   * @param project the project
   * @param reason why
   * @param on when
   * @return applied, or refused unless the project is dispatched and not yet taken
   */
  public CycleStep giveBack(ProjectId project, String reason, LocalDate on) {
    return offer(new ProjectReturned(project, reason, on));
  }

  /**
   * Records a progress report.
   *
   * @param project the project
   * @param percent 0 to 100
   * @param note what was done
   * @param on when
   * @return applied, or refused unless the project is dispatched or taken
   */
  public CycleStep report(ProjectId project, int percent, String note, LocalDate on) {
    return offer(new ProgressReported(project, percent, note, on));
  }

  /**
   * Puts a late project under supervision (督办) at a higher level.
   *
   * @param project the project
   * @param level the new level
   * @param rule the supervision rule that decided
   * @param on when
   * @return applied, or refused unless the project is dispatched or taken and the level is above
   *     its current one
   */
  public CycleStep supervise(ProjectId project, EscalationLevel level, String rule, LocalDate on) {
    return offer(new ProjectSupervised(project, level, rule, on));
  }

  /**
   * Records that a project was resolved: by its subject once taken, or by the street or district it
   * was referred to.
   *
   * @param project the project
   * @param on when
   * @return applied, or refused unless the project is taken or referred up
   */
  public CycleStep resolve(ProjectId project, LocalDate on) {
    return offer(new ProjectResolved(project, on));
  }

  /**
   * Records the residents' rating of a resolved project and what the rating rules made of it.
   *
   * @param project the project
   * @param satisfaction the verdict
   * @param outcome closed or back on the agenda
   * @param rule the rating rule
   * @param on when
   * @return applied, or refused unless the project is resolved
   */
  public CycleStep rate(
      ProjectId project,
      Satisfaction satisfaction,
      ProjectRatingOutcome outcome,
      String rule,
      LocalDate on) {
    return offer(new ProjectRated(project, satisfaction, outcome, rule, on));
  }

  /**
   * Closes a quarter: every item waiting for a meeting is carried over, and the quarter's
   * reconciliation is taken.
   *
   * @param quarter the quarter, the one after the last closed
   * @return applied, or refused if it is not the next quarter to close or something of a later
   *     quarter is recorded already
   */
  public CycleStep closeQuarter(YearQuarter quarter) {
    return offer(new QuarterClosed(quarter));
  }

  // ---- queries --------------------------------------------------------------------------------

  /**
   * An item of the demand list.
   *
   * @param demand its id
   * @return the item, or empty if it is not on the list
   */
  public Optional<ListItem> item(DemandId demand) {
    return Optional.ofNullable(items.get(demand));
  }

  /**
   * The items of a community, in the order they were formed.
   *
   * @param community the community
   * @return the items
   */
  public List<ListItem> items(CommunityCode community) {
    return itemsByCommunity.getOrDefault(community, List.of()).stream().map(items::get).toList();
  }

  /**
   * The items of a community on the project-list track that no project covers yet and that wait for
   * a meeting: what the proposal rules group next.
   *
   * @param community the community
   * @return those items, in the order they were formed
   */
  public List<ListItem> unproposed(CommunityCode community) {
    return items(community).stream()
        .filter(
            i ->
                i.track() == Track.PROJECT_LIST
                    && i.project().isEmpty()
                    && i.state().waitsForMeeting())
        .toList();
  }

  /**
   * A project of the project list.
   *
   * @param project its id
   * @return the project, or empty if it is not on the list
   */
  public Optional<CycleProject> project(ProjectId project) {
    return Optional.ofNullable(projects.get(project));
  }

  /**
   * The projects of a community, in the order they were proposed.
   *
   * @param community the community
   * @return the projects
   */
  public List<CycleProject> projects(CommunityCode community) {
    return projectsByCommunity.getOrDefault(community, List.of()).stream()
        .map(projects::get)
        .toList();
  }

  /**
   * Every project in some states, in the order they were proposed.
   *
   * @param states the states
   * @return those projects
   */
  public List<CycleProject> projectsIn(Set<ItemState> states) {
    return projects.values().stream().filter(p -> states.contains(p.state())).toList();
  }

  /**
   * The communities that have items or resources, in the order they first appeared.
   *
   * @return the communities
   */
  public List<CommunityCode> communities() {
    Set<CommunityCode> all = new java.util.LinkedHashSet<>(itemsByCommunity.keySet());
    all.addAll(resourcesByCommunity.keySet());
    return List.copyOf(all);
  }

  /**
   * The resources listed for a community.
   *
   * @param community the community
   * @return the resources, in the order they were listed
   */
  public List<ListedResource> resources(CommunityCode community) {
    return resourcesByCommunity.getOrDefault(community, List.of()).stream()
        .map(resources::get)
        .toList();
  }

  /**
   * What a resource has left in a quarter.
   *
   * @param resource the resource
   * @param quarter the quarter
   * @return its capacity less what agreed projects used in that quarter; {@link Capacity#NONE} if
   *     it is not listed
   */
  public Capacity remaining(ResourceId resource, YearQuarter quarter) {
    ListedResource r = resources.get(resource);
    if (r == null) {
      return Capacity.NONE;
    }
    return r.perQuarter().minus(used.getOrDefault(new Use(resource, quarter), Capacity.NONE));
  }

  /**
   * Whether a community held its joint meeting in a quarter.
   *
   * @param community the community
   * @param quarter the quarter
   * @return true if its minutes are recorded
   */
  public boolean met(CommunityCode community, YearQuarter quarter) {
    return meetings.contains(new MeetingKey(community, quarter));
  }

  /**
   * The reconciliation of a closed quarter.
   *
   * @param quarter the quarter
   * @return its reconciliation, or empty if it is not closed
   */
  public Optional<Reconciliation> reconciliation(YearQuarter quarter) {
    return Optional.ofNullable(closed.get(quarter));
  }

  /**
   * The reconciliations of every closed quarter.
   *
   * @return them, in order of the quarters
   */
  public List<Reconciliation> reconciliations() {
    return List.copyOf(closed.values());
  }

  /**
   * The last quarter closed.
   *
   * @return it, or empty if none is
   */
  public Optional<YearQuarter> lastClosed() {
    return Optional.ofNullable(lastClosed);
  }

  /**
   * The history of the ledger.
   *
   * @return every applied event in order, a read-only view
   */
  public List<CycleEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /**
   * Whether another ledger holds the same state: the same resources and their use, items, projects,
   * meetings and reconciliations.
   *
   * @param other the other ledger
   * @return true if every part is equal
   */
  public boolean sameStateAs(CycleLedger other) {
    return resources.equals(other.resources)
        && used.equals(other.used)
        && items.equals(other.items)
        && projects.equals(other.projects)
        && meetings.equals(other.meetings)
        && during.equals(other.during)
        && formed.equals(other.formed)
        && closed.equals(other.closed)
        && Objects.equals(lastClosed, other.lastClosed);
  }

  // ---- checks and application -----------------------------------------------------------------

  private CycleStep offer(CycleEvent event) {
    Objects.requireNonNull(event, "an event is required");
    Message refusal = refusal(event);
    if (refusal != null) {
      return new CycleStep.Refused(event, refusal);
    }
    apply(event);
    events.add(event);
    if (latest == null || event.on().isAfter(latest)) {
      latest = event.on();
    }
    return new CycleStep.Applied(event);
  }

  private static Message refusal(String key, Object... arguments) {
    return Message.of(Messages.CORE, key, arguments);
  }

  private Message refusal(CycleEvent event) {
    if (!(event instanceof QuarterClosed)
        && lastClosed != null
        && YearQuarter.of(event.on()).compareTo(lastClosed) <= 0) {
      return refusal("cycle.quarterClosed", lastClosed, event.on());
    }
    if (event instanceof ResourceListed e) {
      return resources.containsKey(e.resource().id())
          ? refusal("cycle.resourceListed", e.resource().id())
          : null;
    }
    if (event instanceof ItemFormed e) {
      return items.containsKey(e.demand().id())
          ? refusal("cycle.demandListed", e.demand().id())
          : null;
    }
    if (event instanceof ItemSettled e) {
      return settleRefusal(e.demand(), "cycle.settledOnlyAtOnce");
    }
    if (event instanceof ItemWithdrawn e) {
      return settleRefusal(e.demand(), "cycle.withdrawnOnlyAtOnce");
    }
    if (event instanceof ProjectProposed e) {
      return proposalRefusal(e.proposal());
    }
    if (event instanceof MeetingHeld e) {
      return meetingRefusal(e.minutes());
    }
    if (event instanceof ProjectDispatched e) {
      return projectRefusal(
          e.dispatch().project(), Set.of(ItemState.AGREED), Checks.term("cycle.dispatched"));
    }
    if (event instanceof ProjectTaken e) {
      return projectRefusal(e.project(), Set.of(ItemState.DISPATCHED), Checks.term("cycle.taken"));
    }
    if (event instanceof ProjectReturned e) {
      return projectRefusal(
          e.project(), Set.of(ItemState.DISPATCHED), Checks.term("cycle.returned"));
    }
    if (event instanceof ProgressReported e) {
      return projectRefusal(
          e.project(),
          Set.of(ItemState.DISPATCHED, ItemState.TAKEN),
          Checks.term("cycle.reportedOn"));
    }
    if (event instanceof ProjectSupervised e) {
      return supervisionRefusal(e);
    }
    if (event instanceof ProjectResolved e) {
      return projectRefusal(
          e.project(),
          Set.of(ItemState.TAKEN, ItemState.REFERRED_UP),
          Checks.term("cycle.resolved"));
    }
    if (event instanceof ProjectRated e) {
      return projectRefusal(e.project(), Set.of(ItemState.RESOLVED), Checks.term("cycle.rated"));
    }
    return closeRefusal(((QuarterClosed) event).quarter());
  }

  /** Why a demand cannot be settled or withdrawn: only a dispatched small matter can. */
  private Message settleRefusal(DemandId demand, String key) {
    ListItem item = items.get(demand);
    if (item == null) {
      return refusal("cycle.demandNotListed", demand);
    }
    if (item.track() != Track.SETTLE_AT_ONCE || item.state() != ItemState.DISPATCHED) {
      return refusal(key, demand, item.track(), item.state());
    }
    return null;
  }

  private Message proposalRefusal(ProjectProposal p) {
    if (projects.containsKey(p.id())) {
      return refusal("cycle.projectListed", p.id());
    }
    for (DemandId d : p.demands()) {
      ListItem item = items.get(d);
      if (item == null) {
        return refusal("cycle.coversUnlistedDemand", p.id(), d);
      }
      if (item.project().isPresent()) {
        return refusal("cycle.demandCovered", d, item.project().get());
      }
      if (item.track() != Track.PROJECT_LIST || !item.state().waitsForMeeting()) {
        return refusal("cycle.coversOnlyWaiting", p.id(), d, item.track(), item.state());
      }
      if (!item.demand().community().equals(p.community())) {
        return refusal("cycle.otherCommunity", p.id(), p.community(), d, item.demand().community());
      }
    }
    for (ResourceUse use : p.uses()) {
      ListedResource r = resources.get(use.resource());
      if (r == null) {
        return refusal("cycle.resourceNotListed", p.id(), use.resource());
      }
      if (!r.community().equals(p.community())) {
        return refusal("cycle.resourceOfOtherCommunity", p.id(), use.resource(), r.community());
      }
    }
    return null;
  }

  private Message meetingRefusal(MeetingMinutes m) {
    if (meetings.contains(new MeetingKey(m.community(), m.quarter()))) {
      return refusal("cycle.meetingHeld", m.community(), m.quarter());
    }
    Map<ResourceId, Capacity> asked = new HashMap<>();
    for (AgendaEntry e : m.agenda()) {
      CycleProject p = projects.get(e.project());
      if (p == null) {
        return refusal("cycle.agendaNotAProject", m.community(), e.project());
      }
      if (!p.proposal().community().equals(m.community())) {
        return refusal(
            "cycle.agendaOtherCommunity", m.community(), e.project(), p.proposal().community());
      }
      if (!p.state().waitsForMeeting()) {
        return refusal("cycle.notWaiting", e.project(), p.state());
      }
      if (e.outcome() == MeetingOutcome.AGREED) {
        for (ResourceUse use : p.proposal().uses()) {
          asked.merge(use.resource(), use.amount(), Capacity::plus);
        }
      }
    }
    for (Map.Entry<ResourceId, Capacity> a : asked.entrySet()) {
      Capacity left = remaining(a.getKey(), m.quarter());
      if (!left.covers(a.getValue())) {
        return refusal("cycle.capacityExceeded", a.getValue(), a.getKey(), left, m.quarter());
      }
    }
    return null;
  }

  private Message projectRefusal(ProjectId id, Set<ItemState> from, Message verb) {
    CycleProject p = projects.get(id);
    if (p == null) {
      return refusal("cycle.projectNotListed", id);
    }
    if (!from.contains(p.state())) {
      return refusal("cycle.onlyWhen", id, verb, from, p.state());
    }
    return null;
  }

  private Message supervisionRefusal(ProjectSupervised e) {
    Message refusal =
        projectRefusal(
            e.project(),
            Set.of(ItemState.DISPATCHED, ItemState.TAKEN),
            Checks.term("cycle.putUnderSupervision"));
    if (refusal != null) {
      return refusal;
    }
    EscalationLevel now = projects.get(e.project()).level();
    return e.level().isAbove(now)
        ? null
        : refusal("cycle.supervisedAlready", e.project(), now, e.level());
  }

  private Message closeRefusal(YearQuarter quarter) {
    if (lastClosed != null && !quarter.equals(lastClosed.next())) {
      return refusal("cycle.closeInOrder", lastClosed.next(), quarter);
    }
    if (latest != null && latest.isAfter(quarter.lastDay())) {
      return refusal("cycle.recordedAfter", latest, quarter);
    }
    return null;
  }

  private void apply(CycleEvent event) {
    if (event instanceof ResourceListed e) {
      resources.put(e.resource().id(), e.resource());
      resourcesByCommunity
          .computeIfAbsent(e.resource().community(), c -> new ArrayList<>())
          .add(e.resource().id());
    } else if (event instanceof ItemFormed e) {
      ListedDemand d = e.demand();
      YearQuarter q = YearQuarter.of(e.on());
      ItemState state = e.track() == Track.SETTLE_AT_ONCE ? ItemState.DISPATCHED : ItemState.FORMED;
      items.put(d.id(), new ListItem(d, e.track(), e.rule(), q, state, Optional.empty()));
      itemsByCommunity.computeIfAbsent(d.community(), c -> new ArrayList<>()).add(d.id());
      formed.merge(d.community(), 1L, Long::sum);
      count(q, d.community(), ItemState.FORMED, 1);
      if (state != ItemState.FORMED) {
        count(q, d.community(), state, 1);
      }
    } else if (event instanceof ItemSettled e) {
      ListItem item = items.get(e.demand());
      items.put(e.demand(), item.in(ItemState.CLOSED));
      YearQuarter q = YearQuarter.of(e.on());
      count(q, item.demand().community(), ItemState.RESOLVED, 1);
      count(q, item.demand().community(), ItemState.CLOSED, 1);
    } else if (event instanceof ItemWithdrawn e) {
      ListItem item = items.get(e.demand());
      items.put(e.demand(), item.in(ItemState.WITHDRAWN));
      count(YearQuarter.of(e.on()), item.demand().community(), ItemState.WITHDRAWN, 1);
    } else if (event instanceof ProjectProposed e) {
      ProjectProposal p = e.proposal();
      EscalationLevel level = p.referredTo().orElse(EscalationLevel.COMMUNITY);
      projects.put(p.id(), new CycleProject(p, ItemState.FORMED, Optional.empty(), level, 0, 0, 0));
      projectsByCommunity.computeIfAbsent(p.community(), c -> new ArrayList<>()).add(p.id());
      for (DemandId d : p.demands()) {
        items.put(d, items.get(d).covered(p.id()));
      }
    } else if (event instanceof MeetingHeld e) {
      held(e.minutes());
    } else if (event instanceof ProjectDispatched e) {
      CycleProject p = projects.get(e.dispatch().project());
      EscalationLevel at = EscalationLevel.of(e.dispatch().subject().kind());
      CycleProject d = p.dispatched(e.dispatch(), at.isAbove(p.level()) ? at : p.level());
      move(d, ItemState.DISPATCHED, e.on());
    } else if (event instanceof ProjectTaken e) {
      move(projects.get(e.project()), ItemState.TAKEN, e.on());
    } else if (event instanceof ProjectReturned e) {
      move(projects.get(e.project()), ItemState.RETURNED, e.on());
    } else if (event instanceof ProgressReported e) {
      projects.put(e.project(), projects.get(e.project()).progressed(e.percent()));
    } else if (event instanceof ProjectSupervised e) {
      projects.put(e.project(), projects.get(e.project()).supervisedAt(e.level()));
    } else if (event instanceof ProjectResolved e) {
      move(projects.get(e.project()), ItemState.RESOLVED, e.on());
    } else if (event instanceof ProjectRated e) {
      CycleProject p = projects.get(e.project());
      move(
          e.outcome() == ProjectRatingOutcome.BACK_ON_AGENDA ? p.ratedUnsatisfied() : p,
          e.outcome().state(),
          e.on());
    } else {
      close(((QuarterClosed) event).quarter());
    }
  }

  private void held(MeetingMinutes m) {
    meetings.add(new MeetingKey(m.community(), m.quarter()));
    for (AgendaEntry entry : m.agenda()) {
      CycleProject p = projects.get(entry.project());
      move(p, ItemState.ON_AGENDA, m.heldOn());
      if (entry.outcome() != MeetingOutcome.DEFERRED) {
        move(projects.get(entry.project()), entry.outcome().state(), m.heldOn());
      }
      if (entry.outcome() == MeetingOutcome.AGREED) {
        for (ResourceUse use : p.proposal().uses()) {
          used.merge(new Use(use.resource(), m.quarter()), use.amount(), Capacity::plus);
        }
      }
    }
  }

  /** Moves a project and its items to a state, counting the items that entered it. */
  private void move(CycleProject p, ItemState to, LocalDate on) {
    projects.put(p.id(), p.in(to));
    for (DemandId d : p.proposal().demands()) {
      items.put(d, items.get(d).in(to));
    }
    count(YearQuarter.of(on), p.proposal().community(), to, p.proposal().demands().size());
  }

  private void count(YearQuarter q, CommunityCode community, ItemState state, long n) {
    during
        .computeIfAbsent(q, k -> new HashMap<>())
        .computeIfAbsent(community, k -> new EnumMap<>(ItemState.class))
        .merge(state, n, Long::sum);
  }

  private void close(YearQuarter quarter) {
    for (Map.Entry<ProjectId, CycleProject> e : projects.entrySet()) {
      if (e.getValue().state().waitsForMeeting()) {
        e.setValue(e.getValue().carried());
      }
    }
    Map<CommunityCode, ReconciliationLine> lines = new LinkedHashMap<>();
    Map<CommunityCode, EnumMap<ItemState, Long>> flows = during.getOrDefault(quarter, Map.of());
    for (Map.Entry<CommunityCode, List<DemandId>> c : itemsByCommunity.entrySet()) {
      EnumMap<ItemState, Long> atEnd = new EnumMap<>(ItemState.class);
      for (DemandId d : c.getValue()) {
        ListItem item = items.get(d);
        if (item.state().waitsForMeeting()) {
          item = item.in(ItemState.CARRIED_OVER);
          items.put(d, item);
          count(quarter, c.getKey(), ItemState.CARRIED_OVER, 1);
        }
        atEnd.merge(item.state(), 1L, Long::sum);
      }
      lines.put(
          c.getKey(),
          new ReconciliationLine(
              atEnd,
              flows.getOrDefault(c.getKey(), new EnumMap<>(ItemState.class)),
              formed.getOrDefault(c.getKey(), 0L)));
    }
    closed.put(quarter, Reconciliation.of(quarter, lines));
    lastClosed = quarter;
  }
}
