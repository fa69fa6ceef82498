package org.fivetype.uncertainty;

import org.fivetype.api.Surface;

/**
 * Told how far a Monte Carlo run has got; the library never prints, the caller decides how to
 * show it (a progress line, a log entry, a bar). Calls are serialised and {@code done} never
 * decreases; they may come from worker threads.
 */
@FunctionalInterface
@Surface(Surface.Kind.SPI)
public interface Progress {
  /** No progress reporting. */
  Progress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param done model evaluations (replications) finished so far
   * @param total model evaluations in all
   */
  void update(int done, int total);
}
