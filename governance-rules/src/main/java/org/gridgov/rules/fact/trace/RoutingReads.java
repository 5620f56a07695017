package org.gridgov.rules.fact.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Which fields of routing cases the rules read, in the order they first read them, while the
 * current thread decides one case. Routing opens a trace around firing the rules for a case and
 * learns from it which fields the proposals depend on. Outside a trace the accessors note nothing
 * and cost one read of a shared counter.
 */
public final class RoutingReads implements AutoCloseable {

  private static final ThreadLocal<RoutingReads> CURRENT = new ThreadLocal<>();

  /** How many traces are open on any thread; accessors skip the thread-local when it is 0. */
  private static volatile int open;

  private final List<RoutingField> fields = new ArrayList<>();
  private long seen;
  private boolean closed;

  private RoutingReads() {}

  /**
   * Opens a trace on the current thread.
   *
   * @return the trace, to close when the decision is made
   * @throws IllegalStateException if a trace is open on this thread already
   */
  public static RoutingReads trace() {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("a routing case is traced on this thread already");
    }
    RoutingReads reads = new RoutingReads();
    CURRENT.set(reads);
    synchronized (RoutingReads.class) {
      open++;
    }
    return reads;
  }

  /**
   * Notes that the rules read a field of a routing case on the current thread: the case's accessors
   * call this.
   *
   * @param field the field read
   */
  public static void note(RoutingField field) {
    if (open == 0) {
      return;
    }
    RoutingReads reads = CURRENT.get();
    if (reads != null) {
      reads.add(field);
    }
  }

  private void add(RoutingField field) {
    long bit = 1L << field.ordinal();
    if ((seen & bit) == 0) {
      seen |= bit;
      fields.add(field);
    }
  }

  /**
   * The fields read so far, each once, in the order first read.
   *
   * @return the fields
   */
  public List<RoutingField> fields() {
    return List.copyOf(fields);
  }

  /** Closes the trace; the fields stay readable. Closing twice does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    CURRENT.remove();
    synchronized (RoutingReads.class) {
      open--;
    }
  }
}
