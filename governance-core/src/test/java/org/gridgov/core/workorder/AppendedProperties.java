package org.gridgov.core.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Versions of an appended list share their elements, yet each keeps exactly what it held when it
 * was made, whichever versions are appended to later and from whichever thread.
 */
class AppendedProperties {

  @Property(tries = 300)
  void everyVersionKeepsWhatItHeld(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 59) Integer> from) {
    List<Appended<Integer>> versions = new ArrayList<>();
    List<List<Integer>> expected = new ArrayList<>();
    versions.add(Appended.of(List.of()));
    expected.add(List.of());
    for (int step = 0; step < from.size(); step++) {
      int base = from.get(step) % versions.size();
      versions.add(versions.get(base).plus(step));
      List<Integer> model = new ArrayList<>(expected.get(base));
      model.add(step);
      expected.add(List.copyOf(model));
    }
    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i)).as("version %d", i).containsExactlyElementsOf(expected.get(i));
      assertThat(versions.get(i)).isEqualTo(expected.get(i));
      assertThat(versions.get(i).hashCode()).isEqualTo(expected.get(i).hashCode());
    }
  }

  @Test
  void isUnmodifiable() {
    Appended<String> list = Appended.<String>of(List.of("a")).plus("b");

    assertThatThrownBy(() -> list.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, "c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.plus(null)).isInstanceOf(NullPointerException.class);
    assertThat(list).containsExactly("a", "b");
  }

  @Test
  void threadsAppendingToOneVersionEachGetTheirOwn() throws InterruptedException {
    Appended<Integer> base = Appended.<Integer>of(List.of(-1)).plus(-2);
    int threads = 4;
    int rounds = 2_000;
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.execute(
          () -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            Appended<Integer> mine = base;
            for (int i = 0; i < rounds; i++) {
              Appended<Integer> next = (i % 50 == 0 ? base : mine).plus(thread * rounds + i);
              int last = next.get(next.size() - 1);
              if (last != thread * rounds + i || next.get(0) != -1 || next.get(1) != -2) {
                wrong.add("thread " + thread + " round " + i + " saw " + last);
              }
              mine = next;
            }
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(wrong).isEmpty();
    assertThat(base).containsExactly(-1, -2);
  }
}
