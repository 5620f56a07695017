package org.gridgov.core.workorder;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An unmodifiable list that shares its elements with the list it was appended to, so that each new
 * version of an order costs its new event, not a copy of its history.
 *
 * <p>Versions of one history share an array. Appending to the longest version writes the next slot
 * of the array, which no shorter version can see; appending to any other version, or to a full
 * array, copies. Each version sees only its own first {@code size} elements, which never change, so
 * every version is unmodifiable and safe to share between threads: the slot a version claims is
 * taken with a compare-and-set, and it is written before the version that holds it is made.
 *
 * @param <E> the element type
 */
final class Appended<E> extends AbstractList<E> implements RandomAccess {

  /** The array the versions share, and how many of its slots are taken. */
  private static final class Shared {
    private final Object[] elements;
    private final AtomicInteger taken;

    Shared(Object[] elements, int taken) {
      this.elements = elements;
      this.taken = new AtomicInteger(taken);
    }
  }

  private static final Appended<?> EMPTY = new Appended<>(new Shared(new Object[0], 0), 0);

  private final Shared shared;
  private final int size;

  private Appended(Shared shared, int size) {
    this.shared = shared;
    this.size = size;
  }

  /**
   * The elements of a list, as an appendable list.
   *
   * @param elements the elements, none null
   * @return the list; the same one if it is already appendable
   */
  @SuppressWarnings("unchecked")
  static <E> Appended<E> of(List<? extends E> elements) {
    if (elements instanceof Appended<? extends E> same) {
      return (Appended<E>) same;
    }
    if (elements.isEmpty()) {
      return (Appended<E>) EMPTY;
    }
    Object[] copy = elements.toArray();
    for (Object e : copy) {
      Objects.requireNonNull(e, "an element");
    }
    return new Appended<>(new Shared(copy, copy.length), copy.length);
  }

  /**
   * This list with one more element at its end; this list is unchanged.
   *
   * @param element the element
   * @return the longer list
   */
  Appended<E> plus(E element) {
    Objects.requireNonNull(element, "element");
    Object[] elements = shared.elements;
    if (size < elements.length && shared.taken.compareAndSet(size, size + 1)) {
      elements[size] = element;
      return new Appended<>(shared, size + 1);
    }
    Object[] grown = new Object[Math.max(4, size + (size >> 1) + 1)];
    System.arraycopy(elements, 0, grown, 0, size);
    grown[size] = element;
    return new Appended<>(new Shared(grown, size + 1), size + 1);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) shared.elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
