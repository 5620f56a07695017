package org.gridgov.rules.routing;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.gridgov.rules.fact.RoutingCase;
import org.gridgov.rules.fact.trace.RoutingField;

/**
 * What the rules decided for routing cases, filed under the fields they read to decide it.
 *
 * <p>Firing the rules for a case reads its fields one after another; which field is read next
 * depends only on the values read so far, because the rules and the other facts are the same for
 * every case of one district and rule set. So the reads of all decided cases form a tree: a branch
 * names the next field the rules read, its children are that field's values, and a leaf holds what
 * the rules decided once every read had given those values. Finding a case walks from the root,
 * reading the field each branch names, to a leaf, or to a value never seen, which means the rules
 * must fire. A case found here gets exactly what firing the rules would give it, however many of
 * its other fields differ. The walk asks a case for the fields on its path and no others ({@link
 * Fields}), so a case whose fields cost something to work out need not have them all made to be
 * found.
 *
 * <p>If two firings ever disagree on which field comes next after the same values, the rules did
 * not decide from the case's fields alone (they read something that changed, such as a clock or a
 * random number): the tree says so and is no longer used. Thread-safe; bounded by its number of
 * leaves.
 *
 * @param <V> what is filed at a leaf
 */
final class ReadTree<V> {

  /**
   * The fields of one case as a walk reads them: each value is asked for only when a branch names
   * its field. A case's answers must be those of {@link RoutingField#slotIn} and {@link
   * RoutingField#valueIn} on the routing case it stands for.
   */
  interface Fields {

    /**
     * The value of an enum or boolean field as its slot, as {@link RoutingField#slotIn} gives it.
     *
     * @param field a field with {@link RoutingField#slots()} above 0
     * @return the slot
     */
    int slot(RoutingField field);

    /**
     * The value of a field, as {@link RoutingField#valueIn} gives it.
     *
     * @param field any field
     * @return the value
     */
    Object value(RoutingField field);

    /**
     * A routing case's fields.
     *
     * @param c the case
     * @return its fields, read without noting them
     */
    static Fields of(RoutingCase c) {
      return new Fields() {
        @Override
        public int slot(RoutingField field) {
          return field.slotIn(c);
        }

        @Override
        public Object value(RoutingField field) {
          return field.valueIn(c);
        }
      };
    }
  }

  private sealed interface Node<V> permits Branch, Leaf {}

  /**
   * The next field read, and a child per value seen: by slot for enum and boolean fields, by value
   * for text.
   */
  private record Branch<V>(
      RoutingField field,
      AtomicReferenceArray<Node<V>> bySlot,
      ConcurrentHashMap<Object, Node<V>> byText)
      implements Node<V> {

    static <V> Branch<V> of(RoutingField field) {
      return field.slots() > 0
          ? new Branch<>(field, new AtomicReferenceArray<>(field.slots()), null)
          : new Branch<>(field, null, new ConcurrentHashMap<>());
    }

    Node<V> child(Fields c) {
      return bySlot != null ? bySlot.get(c.slot(field)) : byText.get(c.value(field));
    }

    /** The child for the case's value: the one there, or this one put there. */
    Node<V> childOr(Fields c, Node<V> node) {
      if (bySlot != null) {
        int slot = c.slot(field);
        Node<V> was = bySlot.compareAndExchange(slot, null, node);
        return was == null ? node : was;
      }
      Node<V> was = byText.putIfAbsent(c.value(field), node);
      return was == null ? node : was;
    }
  }

  private record Leaf<V>(V value) implements Node<V> {}

  private final int capacity;
  private final AtomicReference<Node<V>> root = new AtomicReference<>();
  private final AtomicInteger leaves = new AtomicInteger();
  private volatile String broken;

  /**
   * An empty tree.
   *
   * @param capacity how many leaves it holds before it starts again
   */
  ReadTree(int capacity) {
    this.capacity = capacity;
  }

  /**
   * What was filed for the fields of this case, or null if the rules never decided a case that
   * agrees with it on every field they read, or the tree is broken.
   */
  V find(RoutingCase c) {
    return find(Fields.of(c));
  }

  /**
   * What was filed for the fields of this case, asking it only for the fields on the path walked;
   * null as for {@link #find(RoutingCase)}.
   */
  V find(Fields c) {
    Node<V> node = root.get();
    while (node instanceof Branch<V> b) {
      node = b.child(c);
    }
    return node instanceof Leaf<V> leaf && broken == null ? leaf.value() : null;
  }

  /**
   * Files what the rules decided for a case after reading these fields in this order.
   *
   * @return false if the reads contradict an earlier firing; the tree is broken then
   */
  boolean file(RoutingCase c, List<RoutingField> reads, V value) {
    return file(Fields.of(c), reads, value);
  }

  private boolean file(Fields c, List<RoutingField> reads, V value) {
    if (broken != null) {
      return false;
    }
    if (leaves.incrementAndGet() > capacity) {
      root.set(null);
      leaves.set(1);
    }
    Leaf<V> leaf = new Leaf<>(value);
    if (reads.isEmpty()) {
      Node<V> was = root.compareAndExchange(null, leaf);
      return was == null || was instanceof Leaf<V> || breaks(reads, was);
    }
    Node<V> at = root.get();
    if (at == null) {
      root.compareAndSet(null, Branch.of(reads.get(0)));
      at = root.get();
    }
    for (int i = 0; i < reads.size(); i++) {
      RoutingField field = reads.get(i);
      if (!(at instanceof Branch<V> branch) || branch.field() != field) {
        return breaks(reads, at);
      }
      if (i == reads.size() - 1) {
        Node<V> was = branch.childOr(c, leaf);
        return was == leaf || was instanceof Leaf<V> || breaks(reads, was);
      }
      at = branch.childOr(c, Branch.of(reads.get(i + 1)));
    }
    throw new AssertionError("unreachable");
  }

  private boolean breaks(List<RoutingField> reads, Node<V> found) {
    String expected =
        found instanceof Branch<V> b ? "the rules read " + b.field() + " next" : "the rules stop";
    broken =
        "rules read "
            + reads
            + " for one case, but where an earlier case had the same values "
            + expected;
    return false;
  }

  /** Why the tree is no longer used, or null while it is. */
  String broken() {
    return broken;
  }

  /** How many leaves it holds. */
  int size() {
    return root.get() == null ? 0 : leaves.get();
  }
}
