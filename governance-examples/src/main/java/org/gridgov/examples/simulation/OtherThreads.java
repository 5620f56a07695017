package org.gridgov.examples.simulation;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the work a simulation hands to threads of its own. */
final class OtherThreads {

  private OtherThreads() {}

  /**
   * Waits for work done on another thread and throws its failure as it was thrown there.
   *
   * @param <T> what the work gives
   * @param work the work
   * @return what it gave
   * @throws IllegalStateException if the waiting thread is interrupted
   */
  static <T> T join(Future<T> work) {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the simulation's other threads worked", e);
    }
  }
}
