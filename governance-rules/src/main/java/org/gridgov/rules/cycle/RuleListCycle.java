package org.gridgov.rules.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.AgendaEntry;
import org.gridgov.core.cycle.Capacity;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.CycleProject;
import org.gridgov.core.cycle.ItemState;
import org.gridgov.core.cycle.ListItem;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.ListedResource;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.Milestone;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.ResourceUse;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.lists.ResourceId;
import org.gridgov.core.lists.Urgency;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.people.Skill;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.CommunityKind;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.rules.decision.AgendaFactor;
import org.gridgov.rules.decision.AgendaOutcome;
import org.gridgov.rules.decision.AgendaWeight;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.GroupBy;
import org.gridgov.rules.decision.MeetingCapacity;
import org.gridgov.rules.decision.ProjectAssignment;
import org.gridgov.rules.decision.ProjectGrouping;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.gridgov.rules.decision.ProjectReferral;
import org.gridgov.rules.decision.ProjectSupervision;
import org.gridgov.rules.decision.ProjectTimeLimit;
import org.gridgov.rules.decision.ProviderOrder;
import org.gridgov.rules.decision.TrackDecision;
import org.gridgov.rules.fact.AgendaCase;
import org.gridgov.rules.fact.CycleRequest;
import org.gridgov.rules.fact.DispatchCase;
import org.gridgov.rules.fact.GroupingCase;
import org.gridgov.rules.fact.LateProject;
import org.gridgov.rules.fact.RatedProject;
import org.gridgov.rules.fact.ShortfallCase;
import org.gridgov.rules.fact.TrackCase;

/** The list cycle on some rules: Java reads the ledger and computes, the rules decide. */
final class RuleListCycle implements ListCycle {

  /** The hour of the day a project is taken as dispatched, to count working days from. */
  private static final LocalTime DISPATCH_TIME = LocalTime.of(9, 0);

  private final Function<Collection<?>, List<Decision>> rules;
  private final Supplier<WorkingCalendar> calendar;

  RuleListCycle(Function<Collection<?>, List<Decision>> rules, Supplier<WorkingCalendar> calendar) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  @Override
  public CycleTables tables() {
    List<Decision> made = rules.apply(List.of(new CycleRequest()));
    return new CycleTables(
        of(made, ProviderOrder.class),
        of(made, AgendaWeight.class),
        of(made, MeetingCapacity.class),
        of(made, ProjectTimeLimit.class));
  }

  @Override
  public TrackDecision track(ListedDemand demand) {
    Objects.requireNonNull(demand, "demand");
    List<TrackDecision> made = of(rules.apply(List.of(trackCase(demand))), TrackDecision.class);
    return best(made, TrackDecision::priority, "the track rules", "demand " + demand.id());
  }

  private static TrackCase trackCase(ListedDemand demand) {
    return new TrackCase(
        demand.id(),
        demand.kind(),
        demand.demand().urgency(),
        demand.subjectsNeeded(),
        demand.need().fundsYuan(),
        demand.need().hours(),
        demand.outsideResources(),
        demand.demand().spansGrids());
  }

  private static GroupingCase groupingCase(ListedDemand demand) {
    return new GroupingCase(demand.id(), demand.kind(), demand.demand().compound().isPresent());
  }

  // ---- proposals ------------------------------------------------------------------------------

  private record GroupKey(GroupBy by, String place, org.gridgov.core.cycle.ProjectKind kind) {}

  @Override
  public List<ProjectProposal> propose(
      CycleLedger ledger, CommunityCode community, YearQuarter quarter) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(quarter, "quarter");
    List<ListItem> waiting = ledger.unproposed(community);
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<DemandId, ProjectGrouping> groupings = new HashMap<>();
    List<Object> facts = new ArrayList<>();
    waiting.forEach(i -> facts.add(groupingCase(i.demand())));
    for (ProjectGrouping g : of(rules.apply(facts), ProjectGrouping.class)) {
      if (groupings.putIfAbsent(g.demand(), g) != null) {
        throw new IllegalStateException(
            "the grouping rules made more than one decision on demand " + g.demand());
      }
    }
    Map<GroupKey, List<ListItem>> groups = new LinkedHashMap<>();
    for (ListItem item : waiting) {
      ListedDemand d = item.demand();
      ProjectGrouping g = groupings.get(d.id());
      if (g == null) {
        throw new IllegalStateException("the grouping rules made no decision on demand " + d.id());
      }
      String place;
      if (g.by() == GroupBy.COMPOUND) {
        place =
            d.demand()
                .compound()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "rule \""
                                + g.rule()
                                + "\" groups demand "
                                + d.id()
                                + " by compound, and it names none"))
                .value();
      } else {
        place = d.demand().grid().value();
      }
      groups
          .computeIfAbsent(new GroupKey(g.by(), place, d.kind()), k -> new ArrayList<>())
          .add(item);
    }
    CycleTables tables = tables();
    Map<ResourceId, Capacity> reserved = new HashMap<>();
    List<ProjectProposal> proposals = new ArrayList<>();
    List<ShortfallCase> shortfalls = new ArrayList<>();
    int serial = ledger.projects(community).size();
    for (List<ListItem> group : groups.values()) {
      serial++;
      proposals.add(
          matched(
              ledger, community, quarter, group, tables, reserved, groupings, serial, shortfalls));
    }
    if (shortfalls.isEmpty()) {
      return List.copyOf(proposals);
    }
    Map<ProjectId, ProjectReferral> referrals =
        Priorities.winners(
            of(rules.apply(shortfalls), ProjectReferral.class),
            ProjectReferral::project,
            ProjectReferral::priority);
    List<ProjectProposal> out = new ArrayList<>(proposals.size());
    for (ProjectProposal p : proposals) {
      ProjectReferral r = referrals.get(p.id());
      if (r == null) {
        out.add(p);
        continue;
      }
      List<String> named = new ArrayList<>(p.rules());
      named.add(r.rule());
      out.add(
          new ProjectProposal(
              p.id(),
              p.place(),
              p.kind(),
              p.title(),
              p.demands(),
              p.need(),
              List.of(), // a referred project does not use the community's resources
              Optional.of(r.to()),
              p.urgency(),
              p.residentsAffected(),
              named));
    }
    return List.copyOf(out);
  }

  private ProjectProposal matched(
      CycleLedger ledger,
      CommunityCode community,
      YearQuarter quarter,
      List<ListItem> group,
      CycleTables tables,
      Map<ResourceId, Capacity> reserved,
      Map<DemandId, ProjectGrouping> groupings,
      int serial,
      List<ShortfallCase> shortfalls) {
    ListedDemand first = group.get(0).demand();
    Capacity need = Capacity.NONE;
    Urgency urgency = Urgency.ROUTINE;
    int residents = 0;
    Optional<Skill> skill = Optional.empty();
    Set<String> named = new LinkedHashSet<>();
    List<DemandId> demands = new ArrayList<>();
    for (ListItem item : group) {
      ListedDemand d = item.demand();
      demands.add(d.id());
      need = need.plus(d.need());
      urgency = d.demand().urgency().compareTo(urgency) > 0 ? d.demand().urgency() : urgency;
      residents += d.residentsAffected();
      skill = skill.isPresent() ? skill : d.skill();
      named.add(groupings.get(d.id()).rule());
    }
    ProjectId id =
        ProjectId.of(
            community.value() + "-" + quarter.year() + "Q" + quarter.quarter() + "-" + serial);
    Optional<Skill> wanted = skill;
    List<ListedResource> candidates = new ArrayList<>(ledger.resources(community));
    candidates.sort(
        Comparator.<ListedResource>comparingInt(
                r -> tables.order(r.provider()).map(ProviderOrder::rank).orElse(Integer.MAX_VALUE))
            .thenComparing(r -> wanted.isPresent() && r.skills().contains(wanted.get()) ? 0 : 1)
            .thenComparing(r -> -total(left(ledger, r, quarter, reserved, wanted))));
    Capacity still = need;
    List<ResourceUse> uses = new ArrayList<>();
    for (ListedResource r : candidates) {
      if (still.isNone()) {
        break;
      }
      Capacity take = left(ledger, r, quarter, reserved, wanted).meetable(still);
      if (take.isNone()) {
        continue;
      }
      Optional<ProviderOrder> order = tables.order(r.provider());
      String rule = order.map(ProviderOrder::rule).orElse("providers without a row are asked last");
      uses.add(new ResourceUse(r.id(), take, rule));
      named.add(rule);
      reserved.merge(r.id(), take, Capacity::plus);
      still = still.minus(take);
    }
    if (!still.isNone()) {
      shortfalls.add(
          new ShortfallCase(id, first.kind(), still.fundsYuan(), still.hours(), still.materials()));
    }
    Area place = Area.of(first.demand().grid());
    String title =
        first.kind()
            + " "
            + first.demand().compound().map(Object::toString).orElse(first.demand().grid().value())
            + " ("
            + demands.size()
            + (demands.size() == 1 ? " demand)" : " demands)");
    return new ProjectProposal(
        id,
        place,
        first.kind(),
        title,
        demands,
        need,
        uses,
        Optional.empty(),
        urgency,
        residents,
        List.copyOf(named));
  }

  /**
   * What a resource has left for a project in the quarter, less what earlier proposals of the same
   * call reserved; its hours count only if it offers the skill the project needs.
   */
  private static Capacity left(
      CycleLedger ledger,
      ListedResource r,
      YearQuarter quarter,
      Map<ResourceId, Capacity> reserved,
      Optional<Skill> skill) {
    Capacity left =
        ledger.remaining(r.id(), quarter).minus(reserved.getOrDefault(r.id(), Capacity.NONE));
    if (skill.isPresent() && !r.skills().contains(skill.get())) {
      left = new Capacity(left.fundsYuan(), 0, left.materials());
    }
    return left;
  }

  private static long total(Capacity c) {
    return c.fundsYuan() + c.hours() + c.materials();
  }

  // ---- the meeting ----------------------------------------------------------------------------

  private record Scored(CycleProject project, double score) {}

  @Override
  public MeetingMinutes meeting(
      CycleLedger ledger,
      CommunityCode community,
      YearQuarter quarter,
      LocalDate heldOn,
      List<Participant> participants) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(quarter, "quarter");
    CycleTables tables = tables();
    CommunityKind kind = CommunityKind.ofCode(community);
    MeetingCapacity capacity = tables.capacity(kind);
    Map<AgendaFactor, Double> weights = tables.weightByFactor();
    List<Scored> scored = new ArrayList<>();
    for (CycleProject p : ledger.projects(community)) {
      if (p.state().waitsForMeeting()) {
        boolean available = available(ledger, p, quarter, Map.of());
        double score =
            weights.get(AgendaFactor.URGENCY) * p.proposal().urgency().ordinal()
                + weights.get(AgendaFactor.RESIDENTS_AFFECTED)
                    * Math.log10(1 + p.proposal().residentsAffected())
                + weights.get(AgendaFactor.QUARTERS_CARRIED) * p.quartersCarried()
                + weights.get(AgendaFactor.RESOURCES_AVAILABLE) * (available ? 1 : 0);
        scored.add(new Scored(p, score));
      }
    }
    // stable: equal scores keep the order the projects were proposed in
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    Map<ResourceId, Capacity> reserved = new HashMap<>();
    List<AgendaCase> cases = new ArrayList<>();
    int place = 0;
    for (int i = 0; i < scored.size(); i++) {
      CycleProject p = scored.get(i).project();
      boolean available = available(ledger, p, quarter, reserved);
      int resourcedPlace = available ? ++place : 0;
      boolean within = available && resourcedPlace <= capacity.projects();
      if (within) {
        for (ResourceUse use : p.proposal().uses()) {
          reserved.merge(use.resource(), use.amount(), Capacity::plus);
        }
      }
      cases.add(
          new AgendaCase(
              p.id(),
              i + 1,
              resourcedPlace,
              capacity.projects(),
              within,
              p.proposal().referredTo().isPresent(),
              available,
              p.quartersCarried(),
              p.unsatisfiedRatings()));
    }
    Map<ProjectId, AgendaOutcome> outcomes =
        cases.isEmpty()
            ? Map.of()
            : Priorities.winners(
                of(rules.apply(cases), AgendaOutcome.class),
                AgendaOutcome::project,
                AgendaOutcome::priority);
    List<AgendaEntry> agenda = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ProjectId id = scored.get(i).project().id();
      AgendaOutcome o = outcomes.get(id);
      if (o == null) {
        throw new IllegalStateException(
            "the meeting outcome rules made no decision on project " + id);
      }
      agenda.add(
          new AgendaEntry(
              id,
              i + 1,
              scored.get(i).score(),
              o.outcome(),
              o.reason().isBlank() ? o.rule() : o.reason(),
              o.rule()));
    }
    return new MeetingMinutes(
        community,
        kind,
        quarter,
        heldOn,
        participants,
        agenda,
        capacity.projects(),
        capacity.rule());
  }

  /** Whether a project is resourced and its resources have enough left for it in the quarter. */
  private static boolean available(
      CycleLedger ledger, CycleProject p, YearQuarter quarter, Map<ResourceId, Capacity> reserved) {
    ProjectProposal proposal = p.proposal();
    if (proposal.referredTo().isPresent() || !proposal.resourced()) {
      return false;
    }
    for (ResourceUse use : proposal.uses()) {
      Capacity left =
          ledger
              .remaining(use.resource(), quarter)
              .minus(reserved.getOrDefault(use.resource(), Capacity.NONE));
      if (!left.covers(use.amount())) {
        return false;
      }
    }
    return true;
  }

  // ---- dispatch, rating, supervision ----------------------------------------------------------

  @Override
  public ProjectDispatch dispatch(
      CycleLedger ledger, ProjectId project, Subjects subjects, LocalDate on) {
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(on, "on");
    CycleProject p = find(ledger, project);
    if (!subjects.community().equals(p.proposal().community())) {
      throw new IllegalArgumentException(
          "project "
              + project
              + " of "
              + p.proposal().community()
              + " is dispatched to subjects of its community, got those of "
              + subjects.community());
    }
    DispatchCase fact =
        new DispatchCase(
            project,
            p.proposal().kind(),
            subjects.has(org.gridgov.core.workorder.SubjectKind.PROPERTY_COMPANY),
            subjects.has(org.gridgov.core.workorder.SubjectKind.OWNERS_COMMITTEE),
            subjects.has(org.gridgov.core.workorder.SubjectKind.DISTRICT_UNIT),
            p.proposal().demands().size());
    ProjectAssignment assignment =
        best(
            of(rules.apply(List.of(fact)), ProjectAssignment.class),
            ProjectAssignment::priority,
            "the dispatch rules",
            "project " + project);
    ResponsibleSubject subject =
        subjects
            .find(assignment.subject())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "rule \""
                            + assignment.rule()
                            + "\" dispatches project "
                            + project
                            + " to a "
                            + assignment.subject()
                            + ", and community "
                            + subjects.community()
                            + " names none"));
    ProjectTimeLimit limit = tables().timeLimit(p.proposal().kind());
    WorkingCalendar cal = calendar.get();
    Instant start = on.atTime(DISPATCH_TIME).atZone(cal.zone()).toInstant();
    LocalDate due = dayOf(cal, cal.plusWorkingDays(start, limit.workingDays()));
    List<Milestone> milestones = new ArrayList<>();
    for (ProjectTimeLimit.Share share : limit.shares()) {
      int days = Math.max(1, (int) Math.ceil(limit.workingDays() * share.percent() / 100.0));
      milestones.add(new Milestone(share.name(), dayOf(cal, cal.plusWorkingDays(start, days))));
    }
    return new ProjectDispatch(
        project, subject, on, due, milestones, assignment.rule(), limit.rule());
  }

  private static LocalDate dayOf(WorkingCalendar cal, Instant instant) {
    return LocalDate.ofInstant(instant, cal.zone());
  }

  @Override
  public ProjectRatingDecision onRating(
      CycleLedger ledger, ProjectId project, Satisfaction satisfaction) {
    Objects.requireNonNull(satisfaction, "satisfaction");
    CycleProject p = find(ledger, project);
    RatedProject fact =
        new RatedProject(project, satisfaction, satisfaction.isSatisfied(), p.unsatisfiedRatings());
    return exactlyOne(
        of(rules.apply(List.of(fact)), ProjectRatingDecision.class),
        "the project rating rules",
        "project " + project);
  }

  @Override
  public List<ProjectSupervision> supervision(CycleLedger ledger, LocalDate today) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(today, "today");
    List<LateProject> late = new ArrayList<>();
    for (CycleProject p : ledger.projectsIn(Set.of(ItemState.DISPATCHED, ItemState.TAKEN))) {
      ProjectDispatch d = p.dispatch().orElseThrow();
      if (d.lateOn(today)) {
        EscalationLevel base = EscalationLevel.of(d.subject().kind());
        int raised = Math.max(0, p.level().ordinal() - Math.max(base.ordinal(), 1));
        late.add(
            LateProject.of(
                p.id(),
                p.proposal().kind(),
                ChronoUnit.DAYS.between(d.dueOn(), today),
                p.level(),
                raised));
      }
    }
    if (late.isEmpty()) {
      return List.of();
    }
    Map<ProjectId, ProjectSupervision> one = new LinkedHashMap<>();
    for (ProjectSupervision s : of(rules.apply(late), ProjectSupervision.class)) {
      if (one.putIfAbsent(s.project(), s) != null) {
        throw new IllegalStateException(
            "the supervision rules made more than one decision on project " + s.project());
      }
    }
    return List.copyOf(one.values());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static CycleProject find(CycleLedger ledger, ProjectId project) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(project, "project");
    return ledger
        .project(project)
        .orElseThrow(
            () -> new IllegalArgumentException("project " + project + " is not on the ledger"));
  }

  private static <T> List<T> of(List<Decision> decisions, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Decision d : decisions) {
      if (type.isInstance(d)) {
        out.add(type.cast(d));
      }
    }
    return out;
  }

  private static <T extends Decision> T best(
      List<T> made, java.util.function.ToIntFunction<T> priority, String rules, String about) {
    if (made.isEmpty()) {
      throw new IllegalStateException(rules + " make a decision on " + about + ", they made none");
    }
    return Priorities.winners(made, d -> about, priority).get(about);
  }

  private static <T> T exactlyOne(List<T> made, String rules, String about) {
    if (made.size() != 1) {
      throw new IllegalStateException(
          rules + " make one decision on " + about + ", they made " + made.size() + ": " + made);
    }
    return made.get(0);
  }
}
