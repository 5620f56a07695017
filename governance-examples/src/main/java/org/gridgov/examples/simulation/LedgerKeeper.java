package org.gridgov.examples.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import org.gridgov.core.calendar.YearQuarter;
import org.gridgov.core.district.DistrictSnapshot;
import org.gridgov.core.workorder.EscalationLevel;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.rules.evaluation.Evaluation;
import org.gridgov.rules.evaluation.EvaluationReport;

/**
 * Counts the orders a simulated year closes or cancels into its ledger, and judges its quarters by
 * the evaluation rules, on a thread of its own so that the run goes on meanwhile.
 *
 * <p>An order handed over is counted and held for the judgement of every quarter it may be due in:
 * from the one it was formed in to the later of the one it was last changed in and the one its
 * deadline falls in; once those are judged it is let go. A quarter is judged on the orders due in
 * it, which the evaluation picks from those held for it and those still open, which the run hands
 * over with the meetings held so far. The work is done in the order it was handed over, so the
 * results are those of doing it on the run's thread.
 *
 * <p>Used by one thread, the run's; {@link #close()} stops the keeper's thread.
 */
final class LedgerKeeper implements AutoCloseable {

  /**
   * What the keeper has at the end of the year.
   *
   * @param ledger the ledger of every order
   * @param escalations the escalations of every order, per level that occurred
   * @param quarters the report of each quarter, in order
   */
  record Books(
      YearLedger ledger,
      Map<EscalationLevel, Integer> escalations,
      List<EvaluationReport> quarters) {}

  private final Evaluation evaluation;
  private final BiFunction<List<WorkOrder>, DistrictSnapshot.Meetings, DistrictSnapshot> district;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "gridgov-ledger");
            t.setDaemon(true);
            return t;
          });

  /** The quarters not judged yet, as the run's thread knows them. */
  private final Deque<YearQuarter> toJudge = new ArrayDeque<>();

  private final List<CompletableFuture<EvaluationReport>> judged = new ArrayList<>();
  private List<WorkOrder> handed = new ArrayList<>();
  private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

  // owned by the keeper's thread
  private final YearLedger.Tally tally;
  private final TreeMap<YearQuarter, List<WorkOrder>> held = new TreeMap<>();
  private EvaluationReport previous;

  /**
   * A keeper for a year.
   *
   * @param zone the zone whose dates decide the month of a report or a closing
   * @param quarters the quarters to judge, in order
   * @param evaluation the evaluation that judges them
   * @param district the district as the evaluation reads it, with the orders formed in a quarter
   *     and the meetings held
   */
  LedgerKeeper(
      ZoneId zone,
      List<YearQuarter> quarters,
      Evaluation evaluation,
      BiFunction<List<WorkOrder>, DistrictSnapshot.Meetings, DistrictSnapshot> district) {
    this.evaluation = evaluation;
    this.district = district;
    this.tally = new YearLedger.Tally(zone);
    toJudge.addAll(quarters);
    for (YearQuarter q : quarters) {
      held.put(q, new ArrayList<>());
    }
  }

  /** The quarter an order was formed in, as the evaluation takes it. */
  static YearQuarter formedIn(WorkOrder order) {
    return YearQuarter.of(order.reportedAt().atZone(Evaluation.ZONE).toLocalDate());
  }

  private static YearQuarter quarterOf(Instant at) {
    return YearQuarter.of(at.atZone(Evaluation.ZONE).toLocalDate());
  }

  /** The last instant of a quarter, as the evaluation takes it. */
  private static Instant end(YearQuarter quarter) {
    return quarter.lastDay().plusDays(1).atStartOfDay(Evaluation.ZONE).toInstant().minusNanos(1);
  }

  /**
   * Takes an order closed or cancelled; it is counted when the keeper is next {@linkplain #flush()
   * flushed}.
   *
   * @param order the order, closed or cancelled
   */
  void add(WorkOrder order) {
    handed.add(order);
  }

  /** Hands the orders taken so far to the keeper's thread. */
  void flush() {
    if (handed.isEmpty()) {
      return;
    }
    List<WorkOrder> batch = handed;
    handed = new ArrayList<>();
    last = last.thenRunAsync(() -> count(batch), thread);
  }

  private void count(List<WorkOrder> batch) {
    tally.addAll(batch);
    for (WorkOrder o : batch) {
      YearQuarter to = quarterOf(o.lastEventAt());
      Optional<Instant> due = o.deadlines().resolveBy();
      if (due.isPresent() && quarterOf(due.get()).compareTo(to) > 0) {
        to = quarterOf(due.get());
      }
      YearQuarter from = formedIn(o);
      if (from.compareTo(to) <= 0) {
        held.subMap(from, true, to, true).values().forEach(q -> q.add(o));
      }
    }
  }

  /**
   * The next quarter to judge, if it has ended by an instant.
   *
   * @param now the instant
   * @return the quarter, or null if none is to be judged yet
   */
  YearQuarter endedBy(Instant now) {
    YearQuarter next = toJudge.peekFirst();
    return next != null && !now.isBefore(end(next)) ? next : null;
  }

  /**
   * The next quarter to judge, ended or not.
   *
   * @return the quarter, or null once every quarter is judged
   */
  YearQuarter next() {
    return toJudge.peekFirst();
  }

  /**
   * Judges the next quarter, after counting the orders taken so far.
   *
   * @param open the orders formed by its end that are still open, as they stand
   * @param meetings the meetings held so far
   */
  void judge(List<WorkOrder> open, DistrictSnapshot.Meetings meetings) {
    YearQuarter quarter = toJudge.removeFirst();
    flush();
    CompletableFuture<EvaluationReport> report =
        last.thenApplyAsync(
            done -> {
              List<WorkOrder> formed = held.remove(quarter);
              formed.addAll(open);
              DistrictSnapshot withOrders = district.apply(formed, meetings);
              previous =
                  previous == null
                      ? evaluation.evaluate(withOrders, quarter)
                      : evaluation.evaluate(withOrders, quarter, previous);
              return previous;
            },
            thread);
    judged.add(report);
    last = report;
  }

  /**
   * Counts the orders still open at the end of the year and gives the books; every quarter must
   * have been judged.
   *
   * @param open the orders still open
   * @return the books
   * @throws IllegalStateException if a quarter has not been judged
   */
  Books books(Collection<WorkOrder> open) {
    if (!toJudge.isEmpty()) {
      throw new IllegalStateException("the quarters " + toJudge + " have not been judged");
    }
    flush();
    List<WorkOrder> stillOpen = List.copyOf(open);
    CompletableFuture<Books> books =
        last.thenApplyAsync(
            done -> {
              tally.addAll(stillOpen);
              return new Books(tally.ledger(), tally.escalations(), List.of());
            },
            thread);
    Books counted = OtherThreads.join(books);
    List<EvaluationReport> quarters = new ArrayList<>();
    judged.forEach(q -> quarters.add(OtherThreads.join(q)));
    return new Books(counted.ledger(), counted.escalations(), quarters);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
