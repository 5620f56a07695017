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

  static WorkOrder run(WorkOrder order, List<Step> steps) {
    for (Step step : steps) {
      order = apply(order, step).order();
    }
    return order;
  }
}
