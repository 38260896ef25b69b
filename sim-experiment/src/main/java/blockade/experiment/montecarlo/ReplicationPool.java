package blockade.experiment.montecarlo;

import blockade.core.observe.MetricsTable;
import blockade.core.observe.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs replications on a fixed pool of worker threads and hands finished ones, in completion order,
 * to a single consumer on the calling thread through a bounded queue, in batches of up to {@link
 * #MAX_BATCH} gathered for at most a second: workers compute, one writer persists, and at most
 * {@code threads + queue capacity + MAX_BATCH} results are in memory at once.
 *
 * <p>A replication that throws is an ordinary outcome (recorded as failed). An {@link
 * OutOfMemoryError} or an interrupt aborts the whole pool: already persisted replications stay,
 * {@link #run} rethrows the error or throws {@link InterruptedException}.
 */
final class ReplicationPool {
  private static final Logger LOG = LogManager.getLogger(ReplicationPool.class);
  private static final long POLL_MS = 200;

  /** Most finished replications persisted in one transaction. */
  static final int MAX_BATCH = 32;

  /** Longest a finished replication waits for others before its batch is persisted. */
  private static final long FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** One scenario's result for a replication: a result, or the error it threw. */
  record ArmOutcome(RunResult result, Throwable error, double wallMs) {
    boolean ok() {
      return result != null;
    }
  }

  /** A finished replication: its index, seed and one outcome per scenario (arm). */
  record Outcome(int run, long seed, List<ArmOutcome> arms) {}

  /** Receives finished replications, a batch at a time, on the calling thread. */
  interface Sink {
    void accept(List<Outcome> batch) throws Exception;
  }

  private ReplicationPool() {}

  /**
   * Runs replications {@code indices} (each with every runner, in order, on the same seed, {@code
   * seeds[run]}, computed up front by the caller so no worker derives one) and feeds their outcomes
   * to {@code sink}. Returns when all are consumed.
   */
  static void run(
      List<RunPlan.Runner> runners,
      int[] indices,
      long[] seeds,
      int threads,
      Sink sink,
      Progress progress)
      throws Exception {
    if (indices.length == 0) {
      return;
    }
    int capacity = Math.max(4, 2 * threads);
    BlockingQueue<Outcome> queue = new ArrayBlockingQueue<>(capacity);
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> abort = new AtomicReference<>();
    int workers = Math.min(threads, indices.length);
    AtomicInteger threadNo = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "mc-worker-" + threadNo.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      for (int w = 0; w < workers; w++) {
        pool.execute(() -> work(runners, indices, seeds, next, queue, abort));
      }
      int remaining = indices.length;
      List<Outcome> batch = new ArrayList<>(MAX_BATCH);
      long due = 0;
      while (remaining > 0) {
        Outcome first = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
        Throwable cause = abort.get();
        if (cause != null) {
          // what finished is kept (a resume reruns only the rest), then the pool stops
          if (first != null) {
            batch.add(first);
          }
          queue.drainTo(batch);
          if (!batch.isEmpty() && !(cause instanceof Error)) {
            sink.accept(batch);
            progress.step(batch.size());
          }
          throw abortWith(cause);
        }
        if (first != null) {
          if (batch.isEmpty()) {
            due = System.nanoTime() + FLUSH_NANOS;
          }
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - batch.size());
        }
        // one transaction per batch: a commit costs about as much as writing a replication, so
        // finished replications are gathered for up to a second (or MAX_BATCH of them)
        if (!batch.isEmpty()
            && (batch.size() >= MAX_BATCH
                || batch.size() == remaining
                || System.nanoTime() - due >= 0)) {
          sink.accept(batch);
          remaining -= batch.size();
          progress.step(batch.size());
          batch.clear();
        }
      }
    } finally {
      abort.compareAndSet(null, new InterruptedException("stopped"));
      pool.shutdownNow();
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("some replications were still running when the pool stopped");
      }
    }
  }

  private static Exception abortWith(Throwable cause) {
    if (cause instanceof Error e) {
      throw e;
    }
    if (cause instanceof InterruptedException ie) {
      InterruptedException copy = new InterruptedException(ie.getMessage());
      copy.initCause(ie);
      return copy;
    }
    return new IllegalStateException(cause);
  }

  private static void work(
      List<RunPlan.Runner> runners,
      int[] indices,
      long[] seeds,
      AtomicInteger next,
      BlockingQueue<Outcome> queue,
      AtomicReference<Throwable> abort) {
    try {
      while (abort.get() == null) {
        int k = next.getAndIncrement();
        if (k >= indices.length) {
          return;
        }
        int run = indices[k];
        long seed = seeds[run];
        List<ArmOutcome> arms = new ArrayList<>(runners.size());
        for (RunPlan.Runner runner : runners) {
          ArmOutcome outcome = runOne(runner, run, seed);
          if (outcome == null) {
            abort.compareAndSet(
                null, new InterruptedException("replication " + run + " was interrupted"));
            return;
          }
          arms.add(outcome);
        }
        queue.put(new Outcome(run, seed, List.copyOf(arms)));
      }
    } catch (InterruptedException e) {
      abort.compareAndSet(null, e);
    } catch (Throwable t) {
      abort.compareAndSet(null, t);
    }
  }

  /** Runs one replication; null when it was interrupted. OutOfMemoryError propagates. */
  private static ArmOutcome runOne(RunPlan.Runner runner, int run, long seed) {
    long t0 = System.nanoTime();
    RunResult result;
    try {
      result = runner.run(run, seed);
      validate(result);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (InterruptedException e) {
      return null;
    } catch (Throwable e) {
      if (Thread.currentThread().isInterrupted()) {
        return null;
      }
      LOG.warn("replication with seed {} failed", seed, e);
      return new ArmOutcome(null, e, (System.nanoTime() - t0) / 1e6);
    }
    if (Thread.currentThread().isInterrupted()) {
      return null;
    }
    return new ArmOutcome(result, null, (System.nanoTime() - t0) / 1e6);
  }

  /** Rejects results the writers cannot store, so the run is recorded as failed instead. */
  static void validate(RunResult r) {
    if (r == null || r.metrics() == null) {
      throw new IllegalStateException("the run returned no metrics");
    }
    MetricsTable m = r.metrics();
    if (m.columns() == null || m.dates() == null || m.values() == null) {
      throw new IllegalStateException("the run's metrics table is incomplete");
    }
    if (m.values().length != m.dates().size()) {
      throw new IllegalStateException(
          "the run's metrics have "
              + m.values().length
              + " rows but "
              + m.dates().size()
              + " dates");
    }
    if (m.values().length == 0) {
      throw new IllegalStateException("the run's metrics have no ticks");
    }
    if (new LinkedHashSet<>(m.columns()).size() != m.columns().size()) {
      throw new IllegalStateException("the run's metric columns are not unique: " + m.columns());
    }
    if (r.events() != null) {
      for (Object e : r.events()) { // not contains(null): immutable lists reject it
        if (e == null) {
          throw new IllegalStateException("the run's event list contains null");
        }
      }
    }
    if (r.purchases() != null) {
      for (Object p : r.purchases()) {
        if (p == null) {
          throw new IllegalStateException("the run's purchase list contains null");
        }
      }
    }
    for (double[] row : m.values()) {
      if (row == null || row.length != m.columns().size()) {
        throw new IllegalStateException(
            "a metrics row does not have " + m.columns().size() + " values");
      }
    }
  }

  /** First line of the message, or the class name when there is none. */
  static String describe(Throwable e) {
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      return e.getClass().getName();
    }
    int nl = msg.indexOf('\n');
    String line = (nl < 0 ? msg : msg.substring(0, nl)).strip();
    return line.isEmpty() ? e.getClass().getName() : line;
  }
}
