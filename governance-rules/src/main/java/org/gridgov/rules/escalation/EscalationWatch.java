package org.gridgov.rules.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.core.workorder.WorkOrder;
import org.gridgov.core.workorder.WorkOrderId;
import org.gridgov.rules.GovernanceEngine;
import org.gridgov.rules.decision.AgendaItem;
import org.gridgov.rules.decision.Decision;
import org.gridgov.rules.decision.OrderDecision;
import org.gridgov.rules.decision.TrafficLight;
import org.gridgov.rules.decision.WatchPoint;
import org.gridgov.rules.fact.SweepContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open orders held between sweeps, each with the instant at which its decisions may next change, so
 * that a sweep fires the rules only for the orders due then. The host {@linkplain #put puts} every
 * order it dispatches and every order that changes (after applying a sweep, too), and calls {@link
 * #sweep()} on each tick of its clock.
 *
 * <p>An order is due for a look:
 *
 * <ul>
 *   <li>when it is put, since anything about it may have changed;
 *   <li>when one of its running limits reaches or passes a {@linkplain WatchPoint watch point} of
 *       the catalogue (by default 80 % and 100 % of a limit): between watch points the sweep rules
 *       decide the same for an unchanged order;
 *   <li>at every sweep after one that decided a reminder, an escalation or supervision for it,
 *       until the host puts the order again (applied or not): so a decision the host has not
 *       applied is decided again, as a full sweep would;
 *   <li>at the first sweep on the last working day of a quarter, when the agenda rule puts every
 *       open order on the next joint meeting; later sweeps that day repeat agenda items only for
 *       the orders they look at for another reason.
 * </ul>
 *
 * <p>So a sweep reports the same reminders, escalations and supervision as {@link Escalation#sweep}
 * over all the orders at the same instant, and the traffic light of every order whose light may
 * have changed; an order not reported keeps the light it was last reported with. If the catalogue
 * has no watch points (an integrator replaced the sweep rules without them), every sweep looks at
 * every order. The rules reloaded with other watch points apply from the next look.
 *
 * <p>Orders due at the next sweep wait in a list and the others in a binary heap by when they are
 * next due, so that putting an order costs a map lookup and an append, and a sweep costs, besides
 * firing the rules, a heap step per order it takes out or files again.
 *
 * <p>Memory: the watch holds a reference to each order and about 80 bytes of its own per order. Not
 * thread-safe: one thread puts and sweeps, or the host synchronises.
 */
public final class EscalationWatch {

  private static final Logger LOG = LoggerFactory.getLogger(EscalationWatch.class);

  private final EngineEscalation escalation;
  private final GovernanceEngine engine;
  private final Map<WorkOrderId, Entry> entries = new HashMap<>();

  /** A binary min-heap of entries by {@code due}; each entry knows its index. */
  private Entry[] heap = new Entry[16];

  private int size;

  /** The entries due at the next sweep, whether or not they are also in the heap. */
  private List<Entry> next = new ArrayList<>();

  private LocalDate agendaDay;
  private WatchPoints known = new WatchPoints(List.of(), new double[0]);

  /** The watch points of a catalogue, sorted, read once per catalogue. */
  private record WatchPoints(List<Decision> catalogue, double[] shares) {}

  /**
   * An order and when it is next due: in the heap at {@code index} (-1 when it is not), and in the
   * list of those due at the next sweep when {@code next} is set; {@code watched} is cleared when
   * the order is no longer watched.
   */
  private static final class Entry {
    WorkOrder order;
    long due;
    int index = -1;
    boolean next;
    boolean watched = true;

    Entry(WorkOrder order) {
      this.order = order;
    }
  }

  EscalationWatch(EngineEscalation escalation, GovernanceEngine engine) {
    this.escalation = escalation;
    this.engine = engine;
  }

  /**
   * Adds an order or replaces the watched version of it, due at the next sweep; an order that is no
   * longer open is removed.
   *
   * @param order the order as it is now
   */
  public void put(WorkOrder order) {
    Objects.requireNonNull(order, "order");
    if (!order.status().isOpen()) {
      remove(order.id());
      return;
    }
    Entry entry = entries.get(order.id());
    if (entry == null) {
      entry = new Entry(order);
      entries.put(order.id(), entry);
    } else {
      entry.order = order;
    }
    dueNext(entry);
  }

  /** Files an entry as due at the next sweep; it stays where it is in the heap until then. */
  private void dueNext(Entry entry) {
    if (!entry.next) {
      entry.next = true;
      next.add(entry);
    }
  }

  /**
   * Puts several orders; see {@link #put}.
   *
   * @param orders the orders as they are now
   */
  public void putAll(Collection<WorkOrder> orders) {
    orders.forEach(this::put);
  }

  /**
   * Stops watching an order.
   *
   * @param order the order's id
   * @return whether it was watched
   */
  public boolean remove(WorkOrderId order) {
    Entry entry = entries.remove(Objects.requireNonNull(order, "order"));
    if (entry == null) {
      return false;
    }
    entry.watched = false;
    leaveHeap(entry);
    return true;
  }

  /**
   * The number of orders watched.
   *
   * @return how many
   */
  public int size() {
    return entries.size();
  }

  /**
   * The watched version of an order.
   *
   * @param order the order's id
   * @return the order as last put, or empty if it is not watched
   */
  public Optional<WorkOrder> get(WorkOrderId order) {
    Entry entry = entries.get(order);
    return entry == null ? Optional.empty() : Optional.of(entry.order);
  }

  /**
   * Looks at the orders due at the instant of the engine's clock and fires the sweep rules for
   * them.
   *
   * @return their decisions; apply them with {@link Escalation#apply} and put the orders back
   */
  public EscalationSweep sweep() {
    return sweep(engine.clock().instant());
  }

  /**
   * Looks at the orders due at the given instant and fires the sweep rules for them, as {@link
   * #sweep()} does at the instant of the engine's clock: for a host that sweeps at instants of its
   * own (a replay, a what-if, a batch run at a chosen time). Instants of successive sweeps of one
   * watch are expected not to go back.
   *
   * @param at the instant the sweep decides at
   * @return their decisions; apply them with {@link Escalation#apply} and put the orders back
   */
  public EscalationSweep sweep(Instant at) {
    Objects.requireNonNull(at, "at");
    SweepFacts facts =
        new SweepFacts(engine.calendar(), java.time.Clock.fixed(at, java.time.ZoneOffset.UTC));
    SweepContext context = facts.context();
    double[] points = watchPoints();
    long now = nanos(context.now());
    boolean agenda = context.lastWorkingDayOfQuarter() && !context.today().equals(agendaDay);
    List<Entry> due = new ArrayList<>();
    if (agenda || points.length == 0) {
      due.addAll(entries.values());
      for (Entry e : next) {
        e.next = false;
      }
    } else {
      for (Entry e : next) {
        e.next = false;
        if (e.watched) {
          leaveHeap(e);
          due.add(e);
        }
      }
      while (size > 0 && heap[0].due <= now) {
        Entry e = heap[0];
        removeAt(0);
        due.add(e);
      }
    }
    next = new ArrayList<>();
    List<List<Object>> orderFacts = new ArrayList<>(due.size());
    for (Entry e : due) {
      orderFacts.add(facts.of(e.order));
    }
    Map<WorkOrderId, List<OrderDecision>> decided = escalation.decide(context, orderFacts);
    for (int i = 0; i < due.size(); i++) {
      Entry e = due.get(i);
      if (actionable(decided.get(e.order.id()))) {
        leaveHeap(e);
        dueNext(e);
        continue;
      }
      Optional<Instant> look = facts.nextLook(orderFacts.get(i), points);
      if (look.isEmpty()) {
        leaveHeap(e);
      } else if (e.index >= 0) {
        reschedule(e, nanos(look.get()));
      } else {
        e.due = nanos(look.get());
        add(e);
      }
    }
    if (agenda) {
      agendaDay = context.today();
    }
    return new EscalationSweep(context.now(), decided);
  }

  private static boolean actionable(List<OrderDecision> decisions) {
    if (decisions == null) {
      return false;
    }
    for (OrderDecision d : decisions) {
      if (!(d instanceof TrafficLight) && !(d instanceof AgendaItem)) {
        return true;
      }
    }
    return false;
  }

  private double[] watchPoints() {
    List<Decision> catalogue = engine.catalogue();
    if (known.catalogue() != catalogue) {
      double[] shares =
          catalogue.stream()
              .filter(WatchPoint.class::isInstance)
              .mapToDouble(d -> ((WatchPoint) d).share())
              .distinct()
              .sorted()
              .toArray();
      if (shares.length == 0) {
        LOG.warn(
            "the catalogue declares no watch points: every sweep of the watch looks at every order");
      }
      known = new WatchPoints(catalogue, shares);
    }
    return known.shares();
  }

  private static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  // the heap

  private void add(Entry e) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    heap[size] = e;
    e.index = size;
    size++;
    siftUp(e.index);
  }

  private void reschedule(Entry e, long due) {
    long before = e.due;
    e.due = due;
    if (due < before) {
      siftUp(e.index);
    } else {
      siftDown(e.index);
    }
  }

  /** Takes an entry out of the heap if it is there. */
  private void leaveHeap(Entry e) {
    if (e.index >= 0) {
      removeAt(e.index);
    }
  }

  private void removeAt(int i) {
    heap[i].index = -1;
    size--;
    Entry last = heap[size];
    heap[size] = null;
    if (i == size) {
      return;
    }
    heap[i] = last;
    last.index = i;
    siftDown(i);
    siftUp(last.index);
  }

  private void siftUp(int i) {
    Entry e = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Entry p = heap[parent];
      if (p.due <= e.due) {
        break;
      }
      heap[i] = p;
      p.index = i;
      i = parent;
    }
    heap[i] = e;
    e.index = i;
  }

  private void siftDown(int i) {
    Entry e = heap[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < size && heap[child + 1].due < heap[child].due) {
        child++;
      }
      if (heap[child].due >= e.due) {
        break;
      }
      heap[i] = heap[child];
      heap[i].index = i;
      i = child;
    }
    heap[i] = e;
    e.index = i;
  }
}
