package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.meeting.ConsultationMeeting;
import org.gridgov.core.meeting.ConsultationMeetingId;
import org.gridgov.core.meeting.ConsultationSession;
import org.gridgov.core.meeting.Decision;
import org.gridgov.core.meeting.JointMeeting;
import org.gridgov.core.meeting.JointMeetingId;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.meeting.ParticipantRole;
import org.gridgov.core.meeting.SessionOutcome;
import org.gridgov.core.meeting.SessionResult;
import org.gridgov.core.meeting.Stakeholder;
import org.gridgov.core.organisation.Area;
import org.gridgov.core.organisation.JointCommitteeMember;
import org.gridgov.core.organisation.JointCommitteeRole;
import org.gridgov.core.organisation.JointPartyCommittee;
import org.gridgov.core.organisation.PartyOrganisation;
import org.gridgov.core.organisation.PartyOrganisationKind;
import org.gridgov.core.organisation.SelfGoverningKind;
import org.gridgov.core.organisation.SelfGoverningOrganisation;
import org.gridgov.core.organisation.UnitId;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.Community;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.core.territory.GridType;
import org.gridgov.core.workorder.Actor;
import org.gridgov.core.workorder.ResponsibleSubject;
import org.gridgov.core.workorder.SubjectKind;
import org.gridgov.core.workorder.Transition;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.escalation.Escalation;
import org.gridgov.rules.routing.RoutingDecision;

/**
 * The joint meetings (联席会议) and resident consultation meetings (恳谈会) of the communities in one
 * simulated year.
 *
 * <p>Each community with a joint Party committee holds one joint meeting a quarter, in the
 * afternoon of a working day of the quarter's first two months, drawn when the year starts. Its
 * participants are the committee's core organisation in the chair, its members (the paired unit,
 * property companies and other units), the grid Party branches of the community and its owners'
 * committees. Its agenda holds, as one project each:
 *
 * <ul>
 *   <li>the orders the routing rules sent to the joint meeting (projects beyond the community's
 *       resources) that were reported before the meeting and not yet decided;
 *   <li>the orders the escalation sweep put on the agenda of the quarter's meeting: those open on
 *       the last working day of the quarter before.
 * </ul>
 *
 * <p>The meeting decides each order sent to it: the subject responsible is the district unit the
 * routing decision informed (the community's paired unit); where the rules informed the street,
 * which takes no part in a community's joint meeting, the community committee carries the project
 * under the community Party committee. The order is dispatched at the meeting with the escalation
 * rules' deadlines, unless it concerns residents' homes (a compound, or a basic grid, where people
 * live): then the residents are consulted first, in sessions in the evening of a working day every
 * one to three weeks, until one agrees, and the order is dispatched then. An order on the agenda
 * that is already dispatched cannot be dispatched again: the meeting puts it under supervision (督办)
 * when one of its deadlines has passed. An item closed or cancelled by the time the meeting sits is
 * settled.
 *
 * <p>Used by one run, on its thread; every draw comes from the run's generator in a fixed order.
 */
final class CommunityMeetings {

  /** What the meetings need of the run's orders. */
  interface OrderBook {

    /**
     * An order as it stands, while it is open.
     *
     * @param id its id
     * @return the order, or empty once it is closed or cancelled
     */
    Optional<WorkOrder> open(WorkOrderId id);

    /**
     * Records a transition: counts a refusal, keeps an applied order.
     *
     * @param transition the transition
     * @param moved whether the order's next step is to be drawn again, as after a dispatch
     * @return whether it was applied
     */
    boolean record(Transition transition, boolean moved);
  }

  private static final int AGREES_IN_100 = 40;
  private static final int ADJOURNS_IN_100 = 10;

  /** Whom a meeting makes responsible for a project. */
  private record Responsible(ResponsibleSubject subject, Stakeholder stakeholder) {}

  /** A consultation in progress and the order it holds back. */
  private static final class Consultation {
    private ConsultationMeeting meeting;
    private final WorkOrderId order;
    private final Responsible responsible;
    private final Set<Stakeholder> attendance;

    Consultation(
        ConsultationMeeting meeting,
        WorkOrderId order,
        Responsible responsible,
        Set<Stakeholder> attendance) {
      this.meeting = meeting;
      this.order = order;
      this.responsible = responsible;
      this.attendance = attendance;
    }
  }

  private final DistrictSnapshot district;
  private final List<LocalDate> days;
  private final Map<LocalDate, Integer> dayIndex = new HashMap<>();
  private final RandomGenerator random;
  private final Escalation escalation;
  private final Map<CommunityCode, JointPartyCommittee> committees = new HashMap<>();
  private final Map<CommunityCode, List<Participant>> participants = new HashMap<>();
  private final TreeMap<LocalDate, List<CommunityCode>> meetingDays = new TreeMap<>();
  private final Map<CommunityCode, LinkedHashMap<WorkOrderId, RoutingDecision>> waiting =
      new HashMap<>();
  private final Map<YearQuarter, Map<CommunityCode, LinkedHashSet<WorkOrderId>>> agenda =
      new HashMap<>();
  private final Map<LocalDate, List<Consultation>> sessionsDue = new HashMap<>();
  private final List<JointMeeting> held = new ArrayList<>();
  private final Map<ConsultationMeetingId, ConsultationMeeting> consultations =
      new LinkedHashMap<>();
  private int routed;
  private int dispatched;
  private int supervised;
  private int settled;

  /**
   * Draws the day of every community's joint meeting in every quarter of the year.
   *
   * @param district the district, with its joint Party committees and organisations
   * @param days the working days of the year, in order
   * @param random the run's generator
   * @param escalation the deadlines of the orders a meeting dispatches
   */
  CommunityMeetings(
      DistrictSnapshot district,
      List<LocalDate> days,
      RandomGenerator random,
      Escalation escalation) {
    this.district = district;
    this.days = List.copyOf(days);
    this.random = random;
    this.escalation = escalation;
    for (int i = 0; i < days.size(); i++) {
      dayIndex.put(days.get(i), i);
    }
    for (JointPartyCommittee c : district.organisation().jointCommittees()) {
      committees.putIfAbsent(c.community(), c);
    }
    Map<YearQuarter, List<LocalDate>> candidates = new TreeMap<>();
    for (LocalDate d : days) {
      YearQuarter q = YearQuarter.of(d);
      if (d.getMonthValue() - q.firstDay().getMonthValue() < 2) {
        candidates.computeIfAbsent(q, k -> new ArrayList<>()).add(d);
      }
    }
    for (LocalDate d : days) {
      candidates.putIfAbsent(YearQuarter.of(d), List.of(d));
    }
    List<CommunityCode> holding = new ArrayList<>(committees.keySet());
    holding.sort(Comparator.comparing(CommunityCode::value));
    for (List<LocalDate> quarterDays : candidates.values()) {
      for (CommunityCode c : holding) {
        LocalDate day = quarterDays.get(random.nextInt(quarterDays.size()));
        meetingDays.computeIfAbsent(day, k -> new ArrayList<>()).add(c);
      }
    }
  }

  /**
   * Takes an order the routing rules sent to the joint meeting; it waits, reported, for its
   * community's next meeting.
   *
   * @param order the order
   * @param decision the routing decision
   */
  void await(WorkOrder order, RoutingDecision decision) {
    routed++;
    waiting
        .computeIfAbsent(order.grid().community(), c -> new LinkedHashMap<>())
        .put(order.id(), decision);
  }

  /**
   * Puts the orders of a sweep's agenda items on the agendas of their communities' meetings.
   *
   * @param items the agenda items
   * @param book the orders
   */
  void putOnAgenda(Collection<AgendaItem> items, OrderBook book) {
    for (AgendaItem item : items) {
      CommunityCode community = open(book, item.order()).grid().community();
      agenda
          .computeIfAbsent(item.meetingQuarter(), q -> new HashMap<>())
          .computeIfAbsent(community, c -> new LinkedHashSet<>())
          .add(item.order());
    }
  }

  /**
   * Whether some community holds its joint meeting on a day.
   *
   * @param day the day
   * @return true if one does
   */
  boolean meetsOn(LocalDate day) {
    return meetingDays.containsKey(day);
  }

  /**
   * Whether some consultation meeting holds a session on a day.
   *
   * @param day the day
   * @return true if one does
   */
  boolean consultsOn(LocalDate day) {
    return sessionsDue.containsKey(day);
  }

  /**
   * Holds the joint meetings of a day.
   *
   * @param day the day
   * @param at the moment they sit; every order's steps up to it are taken
   * @param book the orders
   */
  void meet(LocalDate day, Instant at, OrderBook book) {
    YearQuarter quarter = YearQuarter.of(day);
    for (CommunityCode community : meetingDays.getOrDefault(day, List.of())) {
      JointMeetingId id = JointMeetingId.of("JM-" + community.value() + "-" + quarter);
      Actor chair = Actor.system("joint meeting " + id);
      LinkedHashMap<WorkOrderId, RoutingDecision> sent =
          waiting.getOrDefault(community, new LinkedHashMap<>());
      LinkedHashSet<WorkOrderId> items = new LinkedHashSet<>();
      for (WorkOrderId o : sent.keySet()) {
        if (!open(book, o).reportedAt().isAfter(at)) {
          items.add(o);
        }
      }
      Map<CommunityCode, LinkedHashSet<WorkOrderId>> ofQuarter = agenda.get(quarter);
      if (ofQuarter != null) {
        items.addAll(ofQuarter.getOrDefault(community, new LinkedHashSet<>()));
        ofQuarter.remove(community);
      }
      List<ProjectId> projects = new ArrayList<>();
      List<Decision> decisions = new ArrayList<>();
      int supervisedHere = 0;
      for (WorkOrderId o : items) {
        Optional<WorkOrder> stands = book.open(o);
        projects.add(project(o));
        RoutingDecision routing = sent.remove(o);
        if (routing != null) {
          WorkOrder order = open(book, o);
          Responsible responsible = responsible(community, routing);
          boolean consulted = concernsResidents(order);
          String what =
              consulted
                  ? "to be dispatched to " + responsible.subject() + " once the residents agree"
                  : "dispatched to " + responsible.subject();
          decisions.add(new Decision(project(o), responsible.stakeholder(), o, what));
          if (consulted) {
            consult(order, responsible, day);
          } else {
            dispatch(order, responsible, chair, at, "decided at " + id, book);
          }
        } else if (stands.isEmpty()) {
          settled++;
        } else if (late(stands.get(), at) && !stands.get().isSupervised()) {
          if (book.record(stands.get().supervise(chair, at, "late; supervised by " + id), false)) {
            supervised++;
            supervisedHere++;
          }
        }
      }
      String name = district.territory().community(community).map(Community::name).orElse("");
      held.add(
          new JointMeeting(
              id,
              community,
              quarter,
              day,
              participants(community),
              projects,
              decisions,
              String.format(
                  "%s joint meeting of %s %s: %d on the agenda, %d decided, %d supervised",
                  quarter, community, name, projects.size(), decisions.size(), supervisedHere)));
    }
  }

  /**
   * Holds the consultation sessions of a day.
   *
   * @param day the day
   * @param at the moment they sit
   * @param book the orders
   */
  void consult(LocalDate day, Instant at, OrderBook book) {
    List<Consultation> due = sessionsDue.remove(day);
    if (due == null) {
      return;
    }
    for (Consultation c : due) {
      int r = random.nextInt(100);
      SessionResult result =
          r < AGREES_IN_100
              ? SessionResult.AGREED
              : r < AGREES_IN_100 + ADJOURNS_IN_100
                  ? SessionResult.ADJOURNED
                  : SessionResult.NOT_AGREED;
      int number = c.meeting.sessionCount() + 1;
      SessionOutcome outcome =
          c.meeting.hold(
              new ConsultationSession(
                  day, c.attendance, result, "session " + number + ": " + result));
      if (outcome instanceof SessionOutcome.Refused refused) {
        throw new IllegalStateException(
            "sessions are held in date order until one agrees; " + refused.message());
      }
      c.meeting = ((SessionOutcome.Held) outcome).meeting();
      consultations.put(c.meeting.id(), c.meeting);
      if (c.meeting.agreed()) {
        dispatch(
            open(book, c.order),
            c.responsible,
            Actor.system("consultation meeting " + c.meeting.id()),
            at,
            "agreed by the residents at " + c.meeting.id(),
            book);
      } else {
        scheduleSession(c, day, 5 + random.nextInt(11));
      }
    }
  }

  /**
   * The meetings held so far.
   *
   * @return the joint meetings and the consultation meetings
   */
  DistrictSnapshot.Meetings meetings() {
    return new DistrictSnapshot.Meetings(held, List.copyOf(consultations.values()));
  }

  /**
   * What the meetings did, at the end of the year.
   *
   * @param book the orders
   * @return the figures
   */
  MeetingFigures figures(OrderBook book) {
    Set<WorkOrderId> awaiting = new HashSet<>();
    waiting.values().forEach(w -> awaiting.addAll(w.keySet()));
    agenda.values().forEach(q -> q.values().forEach(awaiting::addAll));
    awaiting.removeIf(o -> book.open(o).isEmpty());
    int agendaItems = 0;
    int decided = 0;
    for (JointMeeting m : held) {
      agendaItems += m.agenda().size();
      decided += m.decisions().size();
    }
    int sessions = 0;
    int agreed = 0;
    int most = 0;
    for (ConsultationMeeting c : consultations.values()) {
      sessions += c.sessionCount();
      most = Math.max(most, c.sessionCount());
      agreed += c.agreed() ? 1 : 0;
    }
    return new MeetingFigures(
        held.size(),
        agendaItems,
        decided,
        dispatched,
        supervised,
        settled,
        routed,
        awaiting.size(),
        consultations.size(),
        sessions,
        agreed,
        most);
  }

  /** An order the meetings hold: sent to a meeting or put on its agenda, open until it sits. */
  private static WorkOrder open(OrderBook book, WorkOrderId order) {
    return book.open(order)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "order " + order + " is held for a meeting but is no longer open"));
  }

  private static ProjectId project(WorkOrderId order) {
    return ProjectId.of("P-" + order.value());
  }

  /** Whether a deadline the order is working towards has passed. */
  private static boolean late(WorkOrder order, Instant at) {
    Optional<Instant> deadline =
        switch (order.status()) {
          case DISPATCHED -> order.deadlines().acceptBy();
          case ACCEPTED, IN_PROGRESS, REOPENED -> order.deadlines().resolveBy();
          default -> Optional.empty();
        };
    return deadline.filter(d -> d.isBefore(at)).isPresent();
  }

  /** Whether residents are consulted first: the project is about a compound or a basic grid. */
  private boolean concernsResidents(WorkOrder order) {
    return order.compound().isPresent()
        || district
            .territory()
            .grid(order.grid())
            .filter(g -> g.type() == GridType.BASIC)
            .isPresent();
  }

  private Responsible responsible(CommunityCode community, RoutingDecision routing) {
    for (ResponsibleSubject informed : routing.informed()) {
      if (informed.kind() == SubjectKind.DISTRICT_UNIT) {
        return new Responsible(informed, Stakeholder.of(UnitId.of(informed.reference())));
      }
    }
    String name = district.territory().community(community).map(Community::name).orElse("");
    return new Responsible(
        ResponsibleSubject.community(community, name.isBlank() ? community.value() : name),
        Stakeholder.of(committees.get(community).core()));
  }

  private void dispatch(
      WorkOrder order, Responsible responsible, Actor by, Instant at, String why, OrderBook book) {
    Transition t =
        order.dispatch(responsible.subject(), escalation.deadlines(order, at), by, at, why);
    if (book.record(t, true)) {
      dispatched++;
    }
  }

  private void consult(WorkOrder order, Responsible responsible, LocalDate decidedOn) {
    CommunityCode community = order.grid().community();
    String place =
        order
            .compound()
            .flatMap(c -> district.territory().compound(c))
            .map(c -> c.name())
            .orElse(order.grid().value());
    ConsultationMeeting meeting =
        ConsultationMeeting.open(
            ConsultationMeetingId.of("CM-" + order.id().value()),
            project(order.id()),
            community,
            order.summary() + ", " + place);
    Set<Stakeholder> attendance = new LinkedHashSet<>();
    attendance.add(Stakeholder.of(committees.get(community).core()));
    attendance.add(responsible.stakeholder());
    attendance.add(Stakeholder.of(PersonId.of("resident-" + order.grid())));
    Consultation c = new Consultation(meeting, order.id(), responsible, attendance);
    consultations.put(meeting.id(), meeting);
    scheduleSession(c, decidedOn, 3 + random.nextInt(8));
  }

  private void scheduleSession(Consultation c, LocalDate after, int workingDays) {
    int next = dayIndex.get(after) + workingDays;
    if (next < days.size()) {
      sessionsDue.computeIfAbsent(days.get(next), d -> new ArrayList<>()).add(c);
    }
  }

  private List<Participant> participants(CommunityCode community) {
    return participants.computeIfAbsent(community, this::participantsOf);
  }

  private List<Participant> participantsOf(CommunityCode community) {
    JointPartyCommittee committee = committees.get(community);
    Map<Stakeholder, Participant> all = new LinkedHashMap<>();
    all.put(
        Stakeholder.of(committee.core()),
        new Participant(Stakeholder.of(committee.core()), ParticipantRole.CHAIR));
    for (JointCommitteeMember m : committee.members()) {
      Stakeholder who =
          m.role() == JointCommitteeRole.PAIRED_UNIT && m.unit().isPresent()
              ? Stakeholder.of(m.unit().get())
              : Stakeholder.of(m.organisation());
      all.putIfAbsent(who, new Participant(who, role(m.role())));
    }
    for (PartyOrganisation po : district.organisation().partyOrganisations()) {
      if (po.kind() == PartyOrganisationKind.GRID_PARTY_BRANCH
          && po.area().map(Area::community).filter(community::equals).isPresent()) {
        Stakeholder who = Stakeholder.of(po.id());
        all.putIfAbsent(who, new Participant(who, ParticipantRole.GRID_PARTY_ORGANISATION));
      }
    }
    for (SelfGoverningOrganisation sg : district.organisation().selfGoverning()) {
      if (sg.kind() == SelfGoverningKind.OWNERS_COMMITTEE && sg.community().equals(community)) {
        Stakeholder who = Stakeholder.of(sg.id());
        all.putIfAbsent(who, new Participant(who, ParticipantRole.OWNERS_COMMITTEE));
      }
    }
    return List.copyOf(all.values());
  }

  private static ParticipantRole role(JointCommitteeRole role) {
    return switch (role) {
      case PAIRED_UNIT -> ParticipantRole.PAIRED_UNIT;
      case PROPERTY_COMPANY -> ParticipantRole.PROPERTY_COMPANY;
      default -> ParticipantRole.OTHER_UNIT;
    };
  }

  /** The moment of the day's joint meetings: three hours before closing. */
  static Instant meetingMoment(Instant closing) {
    return closing.minus(Duration.ofHours(3));
  }

  /** The moment of the day's consultation sessions: two hours after closing. */
  static Instant sessionMoment(Instant closing) {
    return closing.plus(Duration.ofHours(2));
  }
}
