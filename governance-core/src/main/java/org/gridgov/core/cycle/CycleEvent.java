package org.gridgov.core.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.common.Checks;
import org.gridgov.core.common.ValueRefusedException;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.lists.DemandId;
import org.gridgov.core.lists.ProjectId;
import org.gridgov.core.workorder.EscalationLevel;

/**
 * Something that happened in the list cycle. The {@link CycleLedger} is changed by events alone, so
 * replaying a ledger's events in order ({@link CycleLedger#replay}) gives the same ledger.
 */
public sealed interface CycleEvent
    permits CycleEvent.ResourceListed,
        CycleEvent.ItemFormed,
        CycleEvent.ItemSettled,
        CycleEvent.ItemWithdrawn,
        CycleEvent.ProjectProposed,
        CycleEvent.MeetingHeld,
        CycleEvent.ProjectDispatched,
        CycleEvent.ProjectTaken,
        CycleEvent.ProjectReturned,
        CycleEvent.ProgressReported,
        CycleEvent.ProjectSupervised,
        CycleEvent.ProjectResolved,
        CycleEvent.ProjectRated,
        CycleEvent.QuarterClosed {

  /**
   * The day it happened.
   *
   * @return the day
   */
  LocalDate on();

  /**
   * A resource joined the service resource list.
   *
   * @param resource the resource with its quarterly capacity
   * @param on when
   */
  record ResourceListed(ListedResource resource, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ResourceListed {
      Objects.requireNonNull(resource, "a listing names its resource");
      Objects.requireNonNull(on, "the listing of " + resource.id() + " has a date");
    }
  }

  /**
   * A demand joined the demand list on a track.
   *
   * @param demand the demand as sorted
   * @param track settled at once or the project list
   * @param rule the track rule that decided
   * @param on when
   */
  record ItemFormed(ListedDemand demand, Track track, String rule, LocalDate on)
      implements CycleEvent {
    /** Checks the fields. */
    public ItemFormed {
      Objects.requireNonNull(demand, "a formed item names its demand");
      Objects.requireNonNull(track, "item " + demand.id() + " has a track");
      Checks.text(rule, Checks.term("item.trackRule", demand.id()));
      Objects.requireNonNull(on, "item " + demand.id() + " has the date it was formed");
    }
  }

  /**
   * A small matter was settled at once and closed.
   *
   * @param demand the demand
   * @param on when
   */
  record ItemSettled(DemandId demand, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ItemSettled {
      Objects.requireNonNull(demand, "a settlement names its demand");
      Objects.requireNonNull(on, "the settlement of " + demand + " has a date");
    }
  }

  /**
   * A small matter's work order was cancelled before it was settled, and its item withdrawn.
   *
   * @param demand the demand
   * @param reason why the order was cancelled, as its last event says; empty when it says nothing
   * @param on when
   */
  record ItemWithdrawn(DemandId demand, String reason, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ItemWithdrawn {
      Objects.requireNonNull(demand, "a withdrawal names its demand");
      Objects.requireNonNull(
          reason, "the withdrawal of " + demand + " has a reason, or empty text");
      Objects.requireNonNull(on, "the withdrawal of " + demand + " has a date");
    }
  }

  /**
   * A project was proposed for the project list.
   *
   * @param proposal the proposal
   * @param on when
   */
  record ProjectProposed(ProjectProposal proposal, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ProjectProposed {
      Objects.requireNonNull(proposal, "a proposal event names its proposal");
      Objects.requireNonNull(on, "the proposal of " + proposal.id() + " has a date");
    }
  }

  /**
   * A joint meeting was held and decided its agenda.
   *
   * @param minutes the minutes
   */
  record MeetingHeld(MeetingMinutes minutes) implements CycleEvent {
    /** Checks the field. */
    public MeetingHeld {
      Objects.requireNonNull(minutes, "a meeting event has its minutes");
    }

    @Override
    public LocalDate on() {
      return minutes.heldOn();
    }
  }

  /**
   * An agreed project was dispatched (派单).
   *
   * @param dispatch the dispatch
   */
  record ProjectDispatched(ProjectDispatch dispatch) implements CycleEvent {
    /** Checks the field. */
    public ProjectDispatched {
      Objects.requireNonNull(dispatch, "a dispatch event has its dispatch");
    }

    @Override
    public LocalDate on() {
      return dispatch.dispatchedOn();
    }
  }

  /**
   * The responsible subject took the project (接单).
   *
   * @param project the project
   * @param on when
   */
  record ProjectTaken(ProjectId project, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ProjectTaken {
      Objects.requireNonNull(project, "taking names its project");
      Objects.requireNonNull(on, "taking " + project + " has a date");
    }
  }

  /**
   * The responsible subject returned the project (退单) with a reason; it goes back to the next
   * meeting.
   *
   * @param project the project
   * @param reason why
   * @param on when
   */
  record ProjectReturned(ProjectId project, String reason, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ProjectReturned {
      Objects.requireNonNull(project, "a return names its project");
      Checks.text(reason, Checks.term("project.returnReason", project));
      Objects.requireNonNull(on, "the return of " + project + " has a date");
    }
  }

  /**
   * The responsible subject reported progress.
   *
   * @param project the project
   * @param percent how far it is, 0 to 100
   * @param note what was done
   * @param on when
   */
  record ProgressReported(ProjectId project, int percent, String note, LocalDate on)
      implements CycleEvent {
    /** Checks the fields. */
    public ProgressReported {
      Objects.requireNonNull(project, "a progress report names its project");
      if (percent < 0 || percent > 100) {
        throw ValueRefusedException.of("refused.CycleEvent.progressPercent", project, percent);
      }
      Checks.text(note, Checks.term("progressReport.note", project));
      Objects.requireNonNull(on, "the progress report on " + project + " has a date");
    }
  }

  /**
   * A late project was put under supervision (督办) one rung up the escalation ladder.
   *
   * @param project the project
   * @param level the level that now supervises it
   * @param rule the supervision rule that decided
   * @param on when
   */
  record ProjectSupervised(ProjectId project, EscalationLevel level, String rule, LocalDate on)
      implements CycleEvent {
    /** Checks the fields. */
    public ProjectSupervised {
      Objects.requireNonNull(project, "a supervision names its project");
      Objects.requireNonNull(level, "the supervision of " + project + " names its level");
      Checks.text(rule, Checks.term("supervision.rule", project));
      Objects.requireNonNull(on, "the supervision of " + project + " has a date");
    }
  }

  /**
   * The project was resolved by its subject, or by the street or district it was referred to.
   *
   * @param project the project
   * @param on when
   */
  record ProjectResolved(ProjectId project, LocalDate on) implements CycleEvent {
    /** Checks the fields. */
    public ProjectResolved {
      Objects.requireNonNull(project, "a resolution names its project");
      Objects.requireNonNull(on, "the resolution of " + project + " has a date");
    }
  }

  /**
   * Residents rated the resolved project (评单).
   *
   * @param project the project
   * @param satisfaction their verdict
   * @param outcome closed, or back on the next agenda
   * @param rule the rating rule that decided
   * @param on when
   */
  record ProjectRated(
      ProjectId project,
      Satisfaction satisfaction,
      ProjectRatingOutcome outcome,
      String rule,
      LocalDate on)
      implements CycleEvent {
    /** Checks the fields. */
    public ProjectRated {
      Objects.requireNonNull(project, "a rating names its project");
      Objects.requireNonNull(satisfaction, "the rating of " + project + " has a verdict");
      Objects.requireNonNull(outcome, "the rating of " + project + " has an outcome");
      Checks.text(rule, Checks.term("rating.rule", project));
      Objects.requireNonNull(on, "the rating of " + project + " has a date");
    }
  }

  /**
   * A quarter ended: every item waiting for a meeting is carried over and the reconciliation of the
   * quarter is taken.
   *
   * @param quarter the quarter
   */
  record QuarterClosed(YearQuarter quarter) implements CycleEvent {
    /** Checks the field. */
    public QuarterClosed {
      Objects.requireNonNull(quarter, "a quarter end names its quarter");
    }

    @Override
    public LocalDate on() {
      return quarter.lastDay();
    }
  }
}
