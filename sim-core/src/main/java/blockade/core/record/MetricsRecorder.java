package blockade.core.record;

import blockade.core.engine.TickObserver;
import blockade.core.engine.World;
import blockade.core.observe.MetricsTable;
import blockade.core.observe.NonFiniteMetricException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Records one row of the registry's metrics per tick, after RECORD, by asking each declared
 * metric's reporter (agents never call it). Every value is finite: where a metric has nothing to
 * measure it is 0 (see each declaration), and a NaN or infinity throws {@link
 * NonFiniteMetricException}.
 */
public final class MetricsRecorder implements TickObserver, Serializable {
  private static final long serialVersionUID = 1L;

  private final MetricRegistry registry;
  private final List<MetricSpec> specs;
  private final List<String> dates = new ArrayList<>();
  private final List<double[]> rows = new ArrayList<>();

  public MetricsRecorder(MetricRegistry registry) {
    this.registry = registry;
    this.specs = registry.specs();
  }

  @Override
  public void afterTick(World w) {
    registry.prepare(w);
    double[] r = new double[specs.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = specs.get(i).reporter().applyAsDouble(w);
    }
    requireFinite(r, w);
    dates.add(w.date());
    rows.add(r);
  }

  /**
   * Every metric of every tick is a finite number: a NaN or infinity stops the run with the
   * metric's name, the month and the seed (the Monte Carlo runner records it as a failed
   * replication).
   */
  private void requireFinite(double[] row, World w) {
    for (int k = 0; k < row.length; k++) {
      if (!Double.isFinite(row[k])) {
        throw new NonFiniteMetricException(
            specs.get(k).name(), row[k], w.tick(), w.date(), w.masterSeed());
      }
    }
  }

  /** The table recorded so far. */
  public MetricsTable table() {
    double[][] v = new double[rows.size()][];
    for (int t = 0; t < v.length; t++) {
      v[t] = Arrays.copyOf(rows.get(t), rows.get(t).length);
    }
    return new MetricsTable(registry.columns(), List.copyOf(dates), v);
  }
}
