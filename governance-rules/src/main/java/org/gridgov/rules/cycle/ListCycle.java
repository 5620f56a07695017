package org.gridgov.rules.cycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.core.calendar.WorkingCalendar;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.cycle.CycleLedger;
import org.gridgov.core.cycle.ListedDemand;
import org.gridgov.core.cycle.MeetingMinutes;
import org.gridgov.core.cycle.ProjectDispatch;
import org.gridgov.core.cycle.ProjectProposal;
import org.gridgov.core.cycle.Subjects;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.meeting.Participant;
import org.gridgov.core.territory.CommunityCode;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.ProjectRatingDecision;
import org.gridgov.rules.decision.ProjectSupervision;
import org.gridgov.rules.decision.TrackDecision;

/**
 * The list cycle by the rules: lists → project proposals → the quarterly joint meeting → dispatch
 * (派单) → taking (接单) or return (退单) → rating (评单) → item-by-item reconciliation (逐项对账销号). Made by
 * {@link #on(GovernanceEngine)}.
 *
 * <p>Every method decides and changes nothing: it reads the {@link CycleLedger} and returns what
 * the rules decided, naming the rules; the host applies it through the ledger's commands ({@code
 * form}, {@code propose}, {@code record}, {@code dispatch}, {@code rate}, {@code supervise}), which
 * check it again. Taking, returning, progress and resolution are the subjects' acts, recorded on
 * the ledger directly. A list cycle holds no state of its own: it is as thread-safe as the engine,
 * and uses the engine's current rules at every call.
 *
 * <p>The tables the decisions come from, all under {@code org/gridgov/rules/cycle/}: {@code
 * tracks.drl.csv} (settled at once or the project list), {@code grouping.drl.csv} (demands of one
 * compound or grid and kind make one project), {@code provider-order.drl.csv} (the paired unit is
 * asked first), {@code referral.drl.csv} (what the community cannot resource goes to the street or
 * district), {@code agenda.drl.csv} (agenda weights and the capacity of a meeting), {@code
 * meeting-outcomes.drl.csv}, {@code dispatch.drl.csv} (who takes a project), {@code
 * project-time-limits.drl.csv} (time limits and milestones by project kind), {@code
 * project-ratings.drl.csv} and {@code late-projects.drl.csv} (supervision, 督办).
 */
public interface ListCycle {

  /**
   * The list cycle on an engine's rules and working calendar.
   *
   * @param engine the engine
   * @return the list cycle, which uses the engine's current rules at every call
   */
  static ListCycle on(GovernanceEngine engine) {
    return of(engine::decide, engine::calendar);
  }

  /**
   * A list cycle over some rules, for hosts that fire rules their own way; most call {@link
   * #on(GovernanceEngine)}.
   *
   * @param rules fires the rules over facts and returns their decisions
   * @param calendar the working calendar time limits count on
   * @return the list cycle
   */
  static ListCycle of(
      Function<Collection<?>, List<Decision>> rules, Supplier<WorkingCalendar> calendar) {
    return new RuleListCycle(rules, calendar);
  }

  /**
   * The tables of the current rules: the provider order, the agenda weights, the meeting capacities
   * and the project time limits.
   *
   * @return the tables
   * @throws IllegalStateException if the rules leave a project kind without a time limit or a kind
   *     of community without a meeting capacity
   */
  CycleTables tables();

  /**
   * Which track a demand takes: settled at once in the grid (小事不出网格), or the project list.
   *
   * @param demand the demand as sorted
   * @return the decision, naming its rule
   * @throws IllegalStateException if the rules made no decision or more than one
   */
  TrackDecision track(ListedDemand demand);

  /**
   * Proposals for the project list from a community's waiting items ({@link
   * CycleLedger#unproposed}): the demands of one compound or grid and kind grouped into one
   * project, resources matched to each (the paired unit first, then by the needed skill and the
   * capacity left in the quarter), and what the community cannot resource referred to the street or
   * district. Every waiting item is in exactly one proposal.
   *
   * @param ledger the ledger
   * @param community the community
   * @param quarter the quarter whose remaining capacity is matched
   * @return the proposals, each naming its demands, resources and rules; empty if nothing waits
   */
  List<ProjectProposal> propose(CycleLedger ledger, CommunityCode community, YearQuarter quarter);

  /**
   * The joint meeting of a community in a quarter: every project waiting for a meeting on the
   * agenda, ordered by the agenda score, and the outcome of each by the outcome rules within the
   * meeting's capacity. In a village the same rules run its village-level joint meeting, with the
   * village capacity.
   *
   * @param ledger the ledger
   * @param community the community or village
   * @param quarter the quarter
   * @param heldOn when the meeting is held, within the quarter
   * @param participants who takes part, by role
   * @return the minutes, to record on the ledger
   * @throws IllegalStateException if the rules decide no outcome, or more than one, for a project
   */
  MeetingMinutes meeting(
      CycleLedger ledger,
      CommunityCode community,
      YearQuarter quarter,
      LocalDate heldOn,
      List<Participant> participants);

  /**
   * The dispatch (派单) of an agreed project: the responsible subject by the dispatch rules, the due
   * date and milestones by the time-limit table of its kind, counted in working days from the
   * dispatch on the working calendar.
   *
   * @param ledger the ledger
   * @param project the agreed project
   * @param subjects the community's subjects
   * @param on the day of the dispatch
   * @return the dispatch, to record on the ledger
   * @throws IllegalArgumentException if the project is not on the ledger, or the chosen kind of
   *     subject is not in the directory
   */
  ProjectDispatch dispatch(CycleLedger ledger, ProjectId project, Subjects subjects, LocalDate on);

  /**
   * What residents' rating (评单) does to a resolved project: close it, or back on the next agenda.
   *
   * @param ledger the ledger
   * @param project the project
   * @param satisfaction the residents' verdict
   * @return the decision, naming its rule
   * @throws IllegalArgumentException if the project is not on the ledger
   */
  ProjectRatingDecision onRating(CycleLedger ledger, ProjectId project, Satisfaction satisfaction);

  /**
   * Which dispatched or taken projects past their due date go up the escalation ladder (督办).
   *
   * @param ledger the ledger
   * @param today the day of the sweep
   * @return the supervisions, each naming its rule; at most one a project
   */
  List<ProjectSupervision> supervision(CycleLedger ledger, LocalDate today);
}
