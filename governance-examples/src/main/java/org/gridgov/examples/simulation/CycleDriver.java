package org.gridgov.examples.simulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.AgendaEntry;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.CycleStep;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ListedResource;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.MeetingOutcome;
import org.gridgov.core.cycle.Milestone;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectKind;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ProviderKind;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.cycle.Track;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.Category;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.DemandItem;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.ResourceItem;
import org.gridgov.core.lists.ResourceKind;
import org.gridgov.core.lists.ResourceProvider;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.Pairing;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.VolunteerTeam;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.Compound;
import org.gridgov.core.territory.GridCode;
import org.gridgov.core.territory.Territory;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.cycle.ListCycle;
import org.gridgov.rules.decision.CategoryDefinition;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.gridgov.rules.decision.ProjectSupervision;
import org.gridgov.rules.decision.TrackDecision;
import org.gridgov.rules.fact.CategoryClass;

/**
 * Drives the list cycle of a simulated district on one {@link CycleLedger}, through the rules of
 * {@link ListCycle}: lists the populated district's resources, sorts each demand onto the demand
 * list (the track is the rules'), settles the small matters when their work order closes, and for
 * the project list proposes each quarter per community, holds the community's (or the village's)
 * joint meeting, records its minutes, dispatches what it agreed, lets the subject take or return
 * the order, report progress at the milestones and resolve it, supervises late projects, lets the
 * residents rate and closes each quarter. The rules decide; this class draws the people's part from
 * {@link CycleParameters} and applies the decisions.
 *
 * <p>Draws from a generator of its own in a fixed order; not thread-safe.
 */
final class CycleDriver {

  /** What is done to a project on a day. */
  private enum Act {
    TAKE,
    REPORT,
    RESOLVE,
    RATE
  }

  private record Step(ProjectId project, Act act, int percent) {}

  private final ListCycle rules;
  private final CycleParameters parameters;
  private final RandomGenerator random;
  private final Territory territory;
  private final Map<Category, CategoryDefinition> categories;
  private final Function<GridCode, PersonId> residents;
  private final CycleLedger ledger = CycleLedger.empty();
  private final Map<CommunityCode, Subjects> subjects = new HashMap<>();
  private final Map<CommunityCode, List<Participant>> participants = new HashMap<>();
  private final Map<CommunityCode, Integer> meetingOffset = new HashMap<>();
  private final Map<String, UnitId> companies = new HashMap<>();
  private final TreeMap<LocalDate, List<Step>> due = new TreeMap<>();
  private final List<Community> communities;
  private YearQuarter quarter;

  /**
   * A driver over a district.
   *
   * @param rules the list cycle's rules
   * @param parameters the people's part
   * @param random the driver's own generator
   * @param snapshot the populated district
   * @param categories the routing rules' categories
   * @param residents the resident who speaks for each grid
   */
  CycleDriver(
      ListCycle rules,
      CycleParameters parameters,
      RandomGenerator random,
      DistrictSnapshot snapshot,
      Map<Category, CategoryDefinition> categories,
      Function<GridCode, PersonId> residents) {
    this.rules = rules;
    this.parameters = parameters;
    this.random = random;
    this.territory = snapshot.territory();
    this.categories = categories;
    this.residents = residents;
    List<Community> cs = new ArrayList<>(territory.communities());
    cs.sort((a, b) -> a.code().value().compareTo(b.code().value()));
    this.communities = List.copyOf(cs);
    directory(snapshot);
    for (Community c : communities) {
      meetingOffset.put(c.code(), random.nextInt(21));
    }
  }

  /** The ledger the cycle runs on. */
  CycleLedger ledger() {
    return ledger;
  }

  /**
   * Lists the service resources of the district (服务资源清单) on the first day: each paired unit's funds
   * for each of its communities, each community's registered Party members' hours, each volunteer
   * team's hours, each property company's materials and hours, each capable resident's hours with
   * their skills.
   */
  void listResources(DistrictSnapshot snapshot, LocalDate on) {
    Map<CommunityCode, List<PersonId>> members = new TreeMap<>(this::byCode);
    for (Person p : snapshot.people().persons()) {
      CommunityCode c = p.homeGrid().community();
      if (p.partyMembership().filter(m -> m.isRegistered()).isPresent()) {
        members.computeIfAbsent(c, k -> new ArrayList<>()).add(p.id());
      } else if (!p.skills().isEmpty() && parameters.residentHours() > 0) {
        list(
            "r-resident-" + p.id().value(),
            ResourceProvider.of(p.id()),
            ResourceKind.SKILL,
            Area.of(c),
            ProviderKind.CAPABLE_RESIDENT,
            p.skills(),
            Capacity.of(0, parameters.residentHours(), 0),
            on);
      }
    }
    for (Pairing pairing : snapshot.organisation().pairings()) {
      List<CommunityCode> paired = new ArrayList<>(pairing.communities());
      paired.sort(this::byCode);
      for (CommunityCode c : paired) {
        if (parameters.pairedUnitYuan() > 0) {
          list(
              "r-paired-" + pairing.unit().value() + "-" + c.value(),
              ResourceProvider.of(pairing.unit()),
              ResourceKind.FUNDS,
              Area.of(c),
              ProviderKind.PAIRED_UNIT,
              Set.of(),
              Capacity.of(parameters.pairedUnitYuan(), 40, 0),
              on);
        }
      }
    }
    members.forEach(
        (c, ps) -> {
          if (parameters.memberHours() > 0) {
            list(
                "r-members-" + c.value(),
                ResourceProvider.of(ps.get(0)),
                ResourceKind.SERVICE,
                Area.of(c),
                ProviderKind.REGISTERED_PARTY_MEMBERS,
                Set.of(),
                Capacity.of(0, (long) parameters.memberHours() * ps.size(), 0),
                on);
          }
        });
    for (VolunteerTeam t : snapshot.people().volunteerTeams()) {
      if (parameters.teamHours() > 0 && !t.members().isEmpty()) {
        list(
            "r-team-" + t.id().value(),
            ResourceProvider.of(t.members().stream().sorted(this::byPerson).findFirst().get()),
            ResourceKind.SERVICE,
            Area.of(t.area().community()),
            ProviderKind.VOLUNTEER_TEAM,
            Set.of(),
            Capacity.of(0, parameters.teamHours(), 0),
            on);
      }
    }
    Map<String, CommunityCode> served = new LinkedHashMap<>();
    for (Compound cp : sortedCompounds()) {
      cp.propertyCompany()
          .ifPresent(
              n ->
                  served.putIfAbsent(
                      company(n).value() + "-" + community(cp).value(), community(cp)));
    }
    served.forEach(
        (key, c) -> {
          if (parameters.propertyMaterials() > 0) {
            list(
                "r-" + key,
                ResourceProvider.of(UnitId.of(key.substring(0, key.lastIndexOf('-')))),
                ResourceKind.EQUIPMENT,
                Area.of(c),
                ProviderKind.PROPERTY_COMPANY,
                Set.of(),
                Capacity.of(0, 20, parameters.propertyMaterials()),
                on);
          }
        });
  }

  private void list(
      String id,
      ResourceProvider provider,
      ResourceKind kind,
      Area scope,
      ProviderKind providerKind,
      Set<org.gridgov.core.people.Skill> skills,
      Capacity perQuarter,
      LocalDate on) {
    ResourceItem item = new ResourceItem(ResourceId.of(id), provider, kind, id, scope);
    applied(ledger.list(new ListedResource(item, providerKind, skills, perQuarter), on), id);
  }

  /**
   * Sorts a routed demand onto the demand list, on the track the rules choose.
   *
   * @param o the demand's order, as reported
   * @param on the day
   * @return whether it went to the project list (and is not dispatched as an order)
   */
  boolean form(WorkOrder o, LocalDate on) {
    ListedDemand listed = listed(o);
    TrackDecision track = rules.track(listed);
    applied(ledger.form(listed, track.track(), track.rule(), on), listed.id().value());
    return track.track() == Track.PROJECT_LIST;
  }

  /**
   * Settles the item of a small matter whose order closed.
   *
   * @param o the closed order
   * @param on the day it closed; the first day of the next quarter if its own is already closed
   */
  void settled(WorkOrder o, LocalDate on) {
    Optional<DemandId> demand = listedDemand(o);
    if (demand.isPresent()) {
      applied(ledger.settle(demand.get(), inOpenQuarter(on)), demand.get().value());
    }
  }

  /**
   * Withdraws the item of a small matter whose order was cancelled (a repeat, withdrawn by the
   * resident, not a matter for the list), so that it does not stay dispatched for good.
   *
   * @param o the cancelled order
   * @param on the day it was cancelled; the first day of the next quarter if its own is closed
   */
  void withdrawn(WorkOrder o, LocalDate on) {
    Optional<DemandId> demand = listedDemand(o);
    if (demand.isPresent()) {
      String reason = o.history().get(o.history().size() - 1).reason();
      applied(ledger.withdraw(demand.get(), reason, inOpenQuarter(on)), demand.get().value());
    }
  }

  /** The demand of an order, if it is on the demand list (a repeat cancelled at once is not). */
  private Optional<DemandId> listedDemand(WorkOrder o) {
    return o.origin().demandId().filter(d -> ledger.item(d).isPresent());
  }

  /** A day, or the first of the next quarter when the books of its quarter are closed already. */
  private LocalDate inOpenQuarter(LocalDate on) {
    // an order closed in the night after a quarter's books were closed counts in the next one
    Optional<YearQuarter> closed = ledger.lastClosed();
    if (closed.isPresent() && YearQuarter.of(on).compareTo(closed.get()) <= 0) {
      return closed.get().next().firstDay();
    }
    return on;
  }

  /**
   * The cycle's work at the close of a working day: the steps due on the projects, the joint
   * meetings sitting today, supervision on the first working day of a week, and the quarter's close
   * on its last working day.
   *
   * @param day the working day
   * @param firstOfWeek whether it is the first working day of its week
   * @param lastOfQuarter whether it is the last working day of its quarter in the run
   */
  void endOfDay(LocalDate day, boolean firstOfWeek, boolean lastOfQuarter) {
    YearQuarter q = YearQuarter.of(day);
    if (!q.equals(quarter)) {
      quarter = q;
    }
    while (!due.isEmpty() && !due.firstKey().isAfter(day)) {
      for (Step s : due.pollFirstEntry().getValue()) {
        act(s, day);
      }
    }
    for (Community c : communities) {
      if (!ledger.met(c.code(), q) && meetsOn(c.code(), day, lastOfQuarter)) {
        meet(c.code(), q, day);
      }
    }
    if (firstOfWeek) {
      for (ProjectSupervision s : rules.supervision(ledger, day)) {
        applied(ledger.supervise(s.project(), s.to(), s.rule(), day), s.project().value());
      }
    }
    if (lastOfQuarter) {
      applied(ledger.closeQuarter(q), q.toString());
    }
  }

  private boolean meetsOn(CommunityCode c, LocalDate day, boolean lastOfQuarter) {
    LocalDate from =
        quarter.firstDay().plusDays(parameters.meetingDay() - 1L + meetingOffset.get(c));
    return !day.isBefore(from) || lastOfQuarter;
  }

  /** Proposes, holds the joint meeting, records its minutes and dispatches what it agreed. */
  private void meet(CommunityCode community, YearQuarter q, LocalDate day) {
    for (ProjectProposal p : rules.propose(ledger, community, q)) {
      applied(ledger.propose(p, day), p.id().value());
    }
    MeetingMinutes minutes = rules.meeting(ledger, community, q, day, participants.get(community));
    applied(ledger.record(minutes), community.value());
    for (AgendaEntry agreed : minutes.with(MeetingOutcome.AGREED)) {
      ProjectDispatch d = rules.dispatch(ledger, agreed.project(), subjects.get(community), day);
      applied(ledger.dispatch(d), agreed.project().value());
      at(day.plusDays(1 + random.nextInt(parameters.takeDays())), agreed.project(), Act.TAKE, 0);
    }
  }

  private void act(Step s, LocalDate day) {
    ProjectId id = s.project();
    switch (s.act()) {
      case TAKE -> take(id, day);
      case REPORT -> applied(ledger.report(id, s.percent(), "按节点报告进度", day), id.value());
      case RESOLVE -> {
        applied(ledger.resolve(id, day), id.value());
        at(day.plusDays(1 + random.nextInt(parameters.ratingDays())), id, Act.RATE, 0);
      }
      case RATE -> {
        Satisfaction s0 = satisfaction();
        ProjectRatingDecision d = rules.onRating(ledger, id, s0);
        applied(ledger.rate(id, s0, d.outcome(), d.rule(), day), id.value());
      }
    }
  }

  /** The subject takes the order, or returns it to the next meeting. */
  private void take(ProjectId id, LocalDate day) {
    if (random.nextInt(100) < parameters.returnPercent()) {
      applied(ledger.giveBack(id, "人手或资金未落实，退回联席会议", day), id.value());
      return;
    }
    applied(ledger.take(id, day), id.value());
    ProjectDispatch d = ledger.project(id).orElseThrow().dispatch().orElseThrow();
    long limit = Math.max(1, ChronoUnit.DAYS.between(d.dispatchedOn(), d.dueOn()));
    double share =
        random.nextInt(100) < parameters.onTimePercent()
            ? 0.5 + 0.5 * random.nextDouble()
            : 1.0 + 0.6 * random.nextDouble();
    LocalDate resolved = day.plusDays(Math.max(1, Math.round(limit * share)));
    List<Milestone> ms = d.milestones();
    for (int i = 0; i < ms.size() - 1; i++) {
      LocalDate m = ms.get(i).dueOn();
      if (m.isAfter(day) && m.isBefore(resolved)) {
        int percent =
            (int) (100 * ChronoUnit.DAYS.between(day, m) / ChronoUnit.DAYS.between(day, resolved));
        at(m, id, Act.REPORT, Math.max(1, Math.min(99, percent)));
      }
    }
    at(resolved, id, Act.RESOLVE, 0);
  }

  private Satisfaction satisfaction() {
    int r = random.nextInt(100);
    return r < parameters.unsatisfiedPercent()
        ? Satisfaction.UNSATISFIED
        : r < 40 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED;
  }

  private void at(LocalDate day, ProjectId project, Act act, int percent) {
    due.computeIfAbsent(day, d -> new ArrayList<>()).add(new Step(project, act, percent));
  }

  /** The demand of an order as the demand list takes it, with what it needs drawn. */
  private ListedDemand listed(WorkOrder o) {
    DemandItem item = demandOf(o, o.origin().demandId().orElseThrow(), residents.apply(o.grid()));
    Optional<Compound> compound = o.compound().flatMap(territory::compound);
    CategoryDefinition def = categories.get(o.category());
    boolean facilities = def != null && def.categoryClass() == CategoryClass.COMPONENT;
    int r = random.nextInt(100);
    if ((facilities || compound.isPresent()) && r < parameters.worksPercent()) {
      List<Compound> old =
          compound.isPresent()
              ? compound.filter(Compound::oldCompound).stream().toList()
              : territory.compoundsOf(o.grid()).stream().filter(Compound::oldCompound).toList();
      List<Compound> any =
          compound.isPresent() ? compound.stream().toList() : territory.compoundsOf(o.grid());
      if (old.isEmpty() && !any.isEmpty() && random.nextBoolean()) {
        Compound at = any.get(random.nextInt(any.size()));
        return new ListedDemand(
            on(item, at),
            ProjectKind.PARKING_AND_CHARGING,
            Capacity.of(10_000L * (2 + random.nextInt(3)), 10 + random.nextInt(20), 0),
            Optional.empty(),
            10 + random.nextInt(40),
            2 + random.nextInt(2),
            false);
      }
      if (old.isEmpty()) {
        return new ListedDemand(
            item,
            ProjectKind.REPAIR,
            Capacity.of(2_000L * (1 + random.nextInt(5)), 8, 1),
            Optional.empty(),
            1 + random.nextInt(10),
            2,
            false);
      }
      Compound at = old.get(random.nextInt(old.size()));
      int k = random.nextInt(100);
      ProjectKind kind =
          k < 50
              ? ProjectKind.RENOVATION
              : k < 75 ? ProjectKind.PARKING_AND_CHARGING : ProjectKind.LIFT_INSTALLATION;
      long yuan = 10_000L * (2 + random.nextInt(kind == ProjectKind.PARKING_AND_CHARGING ? 3 : 7));
      return new ListedDemand(
          on(item, at),
          kind,
          Capacity.of(yuan, 10 + random.nextInt(30), 0),
          Optional.empty(),
          10 + random.nextInt(50),
          2 + random.nextInt(3),
          false);
    }
    if (compound.isPresent() && r < parameters.worksPercent() + parameters.jointPropertyPercent()) {
      return new ListedDemand(
          item,
          ProjectKind.PROPERTY_MANAGEMENT,
          Capacity.of(0, 10 + random.nextInt(20), 2),
          Optional.empty(),
          5 + random.nextInt(30),
          2,
          false);
    }
    if (!facilities && compound.isEmpty() && r < parameters.outsideServicePercent()) {
      return new ListedDemand(
          item,
          ProjectKind.SERVICE,
          Capacity.of(0, 6 + random.nextInt(10), 0),
          Optional.empty(),
          1 + random.nextInt(5),
          1,
          true);
    }
    return ListedDemand.small(item, facilities ? ProjectKind.REPAIR : ProjectKind.SERVICE);
  }

  /**
   * The demand an order came from, as the lists hold it.
   *
   * @param o the order
   * @param id the demand's id
   * @param raisedBy the resident who raised it
   * @return the demand
   */
  static DemandItem demandOf(WorkOrder o, DemandId id, PersonId raisedBy) {
    return new DemandItem(
        id,
        o.category(),
        o.matterKind(),
        o.urgency(),
        o.channel(),
        o.grid(),
        o.compound(),
        raisedBy,
        o.reportedAt(),
        o.summary(),
        Set.of());
  }

  /** A demand as it concerns a compound of its grid. */
  private static DemandItem on(DemandItem item, Compound at) {
    return new DemandItem(
        item.id(),
        item.category(),
        item.matterKind(),
        item.urgency(),
        item.channel(),
        item.grid(),
        Optional.of(at.id()),
        item.raisedBy(),
        item.raisedAt(),
        item.summary(),
        Set.of());
  }

  /** Each community's responsible subjects and joint meeting participants. */
  private void directory(DistrictSnapshot snapshot) {
    Map<CommunityCode, UnitId> paired = new HashMap<>();
    for (Pairing p : snapshot.organisation().pairings()) {
      p.communities().forEach(c -> paired.putIfAbsent(c, p.unit()));
    }
    Map<CommunityCode, Compound> managed = new HashMap<>();
    Map<CommunityCode, Compound> old = new HashMap<>();
    for (Compound cp : sortedCompounds()) {
      if (cp.propertyCompany().isPresent()) {
        managed.putIfAbsent(community(cp), cp);
      }
      if (cp.oldCompound()) {
        old.putIfAbsent(community(cp), cp);
      }
    }
    for (Community c : communities) {
      CommunityCode code = c.code();
      List<ResponsibleSubject> others = new ArrayList<>();
      List<Participant> present = new ArrayList<>();
      present.add(
          new Participant(
              Stakeholder.of(PersonId.of("secretary-" + code.value())), ParticipantRole.CHAIR));
      UnitId unit = paired.get(code);
      if (unit != null) {
        others.add(ResponsibleSubject.districtUnit(unit, unit.value()));
        present.add(new Participant(Stakeholder.of(unit), ParticipantRole.PAIRED_UNIT));
      }
      Compound m = managed.get(code);
      if (m != null) {
        UnitId company = company(m.propertyCompany().orElseThrow());
        others.add(ResponsibleSubject.propertyCompany(company, m.propertyCompany().get()));
        present.add(new Participant(Stakeholder.of(company), ParticipantRole.PROPERTY_COMPANY));
      }
      Compound o = old.get(code);
      if (o != null) {
        others.add(ResponsibleSubject.ownersCommittee(o.id(), o.name() + "业委会"));
      }
      subjects.put(
          code,
          Subjects.of(
              code,
              ResponsibleSubject.community(code, c.name()),
              others.toArray(new ResponsibleSubject[0])));
      participants.put(code, List.copyOf(present));
    }
  }

  /** The unit id of a property company by its name, numbered in the order first met. */
  private UnitId company(String name) {
    return companies.computeIfAbsent(name, n -> UnitId.of("property-" + (companies.size() + 1)));
  }

  private List<Compound> sortedCompounds() {
    List<Compound> cps = new ArrayList<>(territory.compounds());
    cps.sort((a, b) -> a.id().value().compareTo(b.id().value()));
    return cps;
  }

  private static CommunityCode community(Compound cp) {
    return cp.grid().community();
  }

  private int byCode(CommunityCode a, CommunityCode b) {
    return a.value().compareTo(b.value());
  }

  private int byPerson(PersonId a, PersonId b) {
    return a.value().compareTo(b.value());
  }

  private static void applied(CycleStep step, String what) {
    if (step instanceof CycleStep.Refused refused) {
      throw new IllegalStateException(
          "the list cycle refused a step on " + what + ": " + refused.reason());
    }
  }
}
