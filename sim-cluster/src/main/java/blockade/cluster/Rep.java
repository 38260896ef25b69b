package blockade.cluster;

import blockade.core.observe.RunResult;
import blockade.core.observe.SimEvent;
import blockade.experiment.montecarlo.Replications;
import java.io.Serializable;
import java.util.List;

/**
 * One scenario's outcome of one replication, as it travels from the executor that ran it to the
 * Parquet writers: the metrics table and events of a success, or the message of a failure.
 */
final class Rep implements Serializable {
  private static final long serialVersionUID = 1L;

  final int arm;
  final int run;
  final long seed;
  final double wallMs;
  String error;
  final List<String> columns;
  final List<String> dates;
  final double[][] values;
  final List<SimEvent> events;

  private Rep(
      int arm,
      int run,
      long seed,
      double wallMs,
      String error,
      List<String> columns,
      List<String> dates,
      double[][] values,
      List<SimEvent> events) {
    this.arm = arm;
    this.run = run;
    this.seed = seed;
    this.wallMs = wallMs;
    this.error = error;
    this.columns = columns;
    this.dates = dates;
    this.values = values;
    this.events = events;
  }

  static Rep ok(int arm, int run, long seed, double wallMs, RunResult r) {
    return new Rep(
        arm,
        run,
        seed,
        wallMs,
        null,
        List.copyOf(r.metrics().columns()),
        List.copyOf(r.metrics().dates()),
        r.metrics().values(),
        r.events() == null ? List.of() : List.copyOf(r.events()));
  }

  static Rep failed(int arm, int run, long seed, double wallMs, Throwable e) {
    return new Rep(arm, run, seed, wallMs, Replications.describe(e), null, null, null, null);
  }

  boolean ok() {
    return error == null;
  }

  /** This outcome recorded as failed with {@code message} (its metrics are dropped). */
  Rep failedWith(String message) {
    return new Rep(arm, run, seed, wallMs, message, null, null, null, null);
  }
}
