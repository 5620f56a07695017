package org.gridgov.core.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.gridgov.core.evaluation.Rating;
import org.gridgov.core.evaluation.Satisfaction;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.territory.CommunityCode;

/** Random lifecycle commands, legal and illegal, for the properties here and in other packages. */
public final class Lifecycle {

  private Lifecycle() {}

  /** The commands, and one that advances along the main line. */
  public enum Op {
    DISPATCH,
    ACCEPT,
    START,
    RESOLVE,
    RATE,
    CLOSE,
    RETURN,
    ESCALATE,
    ESCALATE_TO,
    SUPERVISE,
    SUSPEND,
    RESUME,
    CANCEL,
    REMIND,
    /** The command that moves the order on along the main line from where it stands. */
    ADVANCE
  }

  /**
   * One command: what, how many minutes after the last event (negative: before it), and details.
   */
  public record Step(
      Op op, int minutes, Satisfaction satisfaction, EscalationLevel level, int subject) {}

  private static final List<ResponsibleSubject> SUBJECTS =
      List.of(
          Orders.PROPERTY,
          Orders.HOUSING,
          ResponsibleSubject.community(CommunityCode.of("350111001001"), "Chayuan Community"));

  /** Random steps, most of them moving the order along its main line. */
  public static Arbitrary<Step> steps() {
    Arbitrary<Op> ops =
        Arbitraries.frequency(
            List.of(
                Tuple.of(8, Op.DISPATCH),
                Tuple.of(8, Op.ACCEPT),
                Tuple.of(8, Op.START),
                Tuple.of(8, Op.RESOLVE),
                Tuple.of(8, Op.RATE),
                Tuple.of(8, Op.CLOSE),
                Tuple.of(3, Op.RETURN),
                Tuple.of(3, Op.ESCALATE),
                Tuple.of(3, Op.ESCALATE_TO),
                Tuple.of(2, Op.SUPERVISE),
                Tuple.of(3, Op.SUSPEND),
                Tuple.of(4, Op.RESUME),
                Tuple.of(1, Op.CANCEL),
                Tuple.of(2, Op.REMIND),
                Tuple.of(30, Op.ADVANCE)));
    return Combinators.combine(
            ops,
            Arbitraries.integers().between(-60, 3000),
            Arbitraries.of(Satisfaction.class),
            Arbitraries.of(EscalationLevel.class),
            Arbitraries.integers().between(0, SUBJECTS.size() - 1))
        .as(Step::new);
  }

  static Arbitrary<List<Step>> runs() {
    return steps().list().ofMaxSize(30);
  }

  /** Applies a step: the command's transition, applied or refused. */
  public static Transition apply(WorkOrder order, Step step) {
    Instant at = order.lastEventAt().plus(Duration.ofMinutes(step.minutes()));
    Actor by = Actor.person(PersonId.of("p-" + step.subject()));
    switch (step.op()) {
      case DISPATCH:
        return order.dispatch(
            SUBJECTS.get(step.subject()),
            Deadlines.resolveBy(at.plus(Duration.ofDays(2))),
            by,
            at,
            "");
      case ACCEPT:
        return order.accept(by, at, "");
      case START:
        return order.start(by, at, "");
      case RESOLVE:
        return order.resolve(by, at, "done");
      case RATE:
        return order.rate(
            Rating.of(step.satisfaction(), PersonId.of("resident-" + step.subject()), at), by, "");
      case CLOSE:
        return order.close(by, at, "");
      case RETURN:
        return order.returnOrder(by, at, "not ours");
      case ESCALATE:
        return order.escalate(Actor.system("escalationRule"), at, "late");
      case ESCALATE_TO:
        return order.escalateTo(step.level(), by, at, "");
      case SUPERVISE:
        return order.supervise(by, at, "");
      case SUSPEND:
        return order.suspend(by, at, "");
      case RESUME:
        return order.resume(by, at, "");
      case CANCEL:
        return order.cancel(CancellationReason.INVALID, by, at, "");
      case REMIND:
        return order.remind(by, at, "");
      case ADVANCE:
        return apply(
            order,
            new Step(
                mainLine(order.status()),
                step.minutes(),
                step.satisfaction(),
                step.level(),
                step.subject()));
      default:
        throw new AssertionError(step.op());
    }
  }

  private static Op mainLine(WorkOrderStatus status) {
    switch (status) {
      case REPORTED:
      case RETURNED:
        return Op.DISPATCH;
      case DISPATCHED:
        return Op.ACCEPT;
      case ACCEPTED:
      case REOPENED:
        return Op.START;
      case IN_PROGRESS:
        return Op.RESOLVE;
      case RESOLVED:
        return Op.RATE;
      case SUSPENDED:
        return Op.RESUME;
      default:
        return Op.CLOSE;
    }
  }

  /**
   * A command that no order may take, whatever its state: one its status does not allow, one back
   * in time, an escalation that does not go up, a second supervision, a rating given before the
   * order's last event; or one with a malformed argument: a reason over 10,000 characters, a blank
   * rating comment, an actor that is no person id or no rule name, deadlines to resolve before
   * those to accept.
   */
  enum Bad {
    WRONG_STATUS,
    BACK_IN_TIME,
    NOT_HIGHER,
    SUPERVISED_TWICE,
    RATED_BEFORE_LAST_EVENT,
    OVERLONG_REASON,
    BLANK_COMMENT,
    NO_PERSON_ID,
    BLANK_RULE_NAME,
    CROSSED_DEADLINES
  }

  /**
   * One bad command: what kind, how far back in time (minutes, at least one) or forward, and which
   * command when the kind leaves the choice.
   */
  record BadStep(Bad kind, int minutes, int pick) {}

  static Arbitrary<BadStep> badSteps() {
    return Combinators.combine(
            Arbitraries.of(Bad.class),
            Arbitraries.integers().between(1, 200_000),
            Arbitraries.integers().between(0, 100))
        .as(BadStep::new);
  }

  /**
   * Tries a bad command on an order.
   *
   * @return the refusal, or empty if the command threw {@link IllegalArgumentException} for its
   *     malformed argument before it reached the order
   * @throws AssertionError if the command was applied
   */
  static java.util.Optional<Refusal> attempt(WorkOrder order, BadStep bad) {
    Transition t;
    try {
      t = bad(order, bad);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("a malformed argument was refused without a message", e);
      }
      return java.util.Optional.empty();
    }
    if (t.isApplied()) {
      throw new AssertionError(bad + " was applied to " + order + ": " + t.producedEvent());
    }
    return t.findRefusal();
  }

  private static Transition bad(WorkOrder order, BadStep bad) {
    Instant last = order.lastEventAt();
    Instant back = last.minus(Duration.ofMinutes(bad.minutes()));
    Instant later = last.plus(Duration.ofMinutes(bad.minutes() % 600));
    Actor by = Actor.person(PersonId.of("p-" + bad.pick()));
    switch (bad.kind()) {
      case WRONG_STATUS:
        List<WorkOrderCommand> refused =
            java.util.Arrays.stream(WorkOrderCommand.values())
                .filter(c -> !c.isAllowedFrom(order.status()))
                .toList();
        WorkOrderCommand command = refused.get(bad.pick() % refused.size());
        return apply(
            order,
            new Step(
                Op.valueOf(command.name()),
                bad.minutes() % 600,
                Satisfaction.SATISFIED,
                EscalationLevel.JOINT_MEETING,
                bad.pick() % SUBJECTS.size()));
      case BACK_IN_TIME:
        Op op = Op.values()[bad.pick() % Op.values().length];
        return apply(
            order,
            new Step(
                op,
                -bad.minutes(),
                Satisfaction.values()[bad.pick() % 3],
                EscalationLevel.JOINT_MEETING,
                bad.pick() % SUBJECTS.size()));
      case NOT_HIGHER:
        List<EscalationLevel> notAbove =
            java.util.Arrays.stream(EscalationLevel.values())
                .filter(l -> !l.isAbove(order.escalationLevel()))
                .toList();
        return order.escalateTo(notAbove.get(bad.pick() % notAbove.size()), by, later, "");
      case SUPERVISED_TWICE:
        return order.supervise(by, order.isSupervised() ? later : back, "again");
      case RATED_BEFORE_LAST_EVENT:
        return order.rate(
            Rating.of(Satisfaction.SATISFIED, PersonId.of("resident-1"), back), by, "");
      case OVERLONG_REASON:
        String reason = "长".repeat(10_001);
        return switch (bad.pick() % 4) {
          case 0 -> order.accept(by, later, reason);
          case 1 -> order.resolve(by, later, reason);
          case 2 -> order.cancel(CancellationReason.INVALID, by, later, reason);
          default -> order.dispatch(SUBJECTS.get(0), Deadlines.NONE, by, later, reason);
        };
      case BLANK_COMMENT:
        return order.rate(
            Rating.of(Satisfaction.UNSATISFIED, " \t", PersonId.of("resident-1"), later), by, "");
      case NO_PERSON_ID:
        return order.accept(Actor.person(PersonId.of("resident " + bad.pick())), later, "");
      case BLANK_RULE_NAME:
        return order.escalate(Actor.system(" "), later, "late");
      case CROSSED_DEADLINES:
        return order.dispatch(
            SUBJECTS.get(1), Deadlines.of(later.plusSeconds(60), later), by, later, "");
      default:
        throw new AssertionError(bad.kind());
    }
  }

  static WorkOrder run(WorkOrder order, List<Step> steps) {
    for (Step step : steps) {
      order = apply(order, step).order();
    }
    return order;
  }
}
