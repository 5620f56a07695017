package org.gridgov.rules.engine;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made by the first thread that asks for it; threads that ask meanwhile wait for it. If
 * making it fails, the thread that made it is told and the next one to ask tries again.
 *
 * @param <T> the value's type
 */
final class Once<T> {

  private final Supplier<T> make;
  private volatile T value;

  private Once(Supplier<T> make, T value) {
    this.make = make;
    this.value = value;
  }

  /** A value to make when first asked for. */
  static <T> Once<T> of(Supplier<T> make) {
    return new Once<>(Objects.requireNonNull(make, "make"), null);
  }

  /** A value already made. */
  static <T> Once<T> made(T value) {
    return new Once<>(null, Objects.requireNonNull(value, "value"));
  }

  /** Whether the value has been made. */
  boolean made() {
    return value != null;
  }

  /** The value, made now if nobody has made it yet. */
  T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = Objects.requireNonNull(make.get(), "a value made once is not null");
          value = made;
        }
      }
    }
    return made;
  }
}
