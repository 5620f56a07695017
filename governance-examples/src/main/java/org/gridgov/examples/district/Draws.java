package org.gridgov.examples.district;

import java.util.List;
import java.util.random.RandomGenerator;

/** The population's draws that several of its parts make. */
final class Draws {

  private Draws() {}

  /**
   * Shuffles a list in place (Fisher–Yates, from the end), with the population's generator.
   *
   * @param rnd the generator
   * @param list the list
   * @param <T> the elements
   */
  static <T> void shuffle(RandomGenerator rnd, List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
