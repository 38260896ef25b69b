package blockade.core.record;

import blockade.core.engine.World;
import blockade.core.observe.Metrics;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of a run: every declaration of the given sources, in the column order of {@code
 * columns} (metrics.csv's order is an output contract, so it is stated once, in {@link
 * Metrics#COLUMNS}, and declarations are placed by name). A column without exactly one declaration,
 * or a declaration without a column, is refused when the registry is built.
 */
public final class MetricRegistry implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<MetricSpec> specs;
  private final List<MetricSource> sources;

  public MetricRegistry(List<String> columns, List<MetricSource> sources) {
    this.sources = List.copyOf(sources);
    Map<String, MetricSpec> byName = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (MetricSource s : sources) {
      for (MetricSpec m : s.metrics()) {
        if (byName.putIfAbsent(m.name(), m) != null) {
          problems.add(m.name() + " is declared twice");
        }
      }
    }
    List<MetricSpec> ordered = new ArrayList<>();
    for (String c : columns) {
      MetricSpec m = byName.remove(c);
      if (m == null) {
        problems.add(c + " has no declaration");
      } else {
        ordered.add(m);
      }
    }
    for (String extra : byName.keySet()) {
      problems.add(extra + " is declared but is not a column");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("metric registry: " + String.join("; ", problems));
    }
    this.specs = List.copyOf(ordered);
  }

  /** Declarations in column order. */
  public List<MetricSpec> specs() {
    return specs;
  }

  public List<String> columns() {
    return specs.stream().map(MetricSpec::name).toList();
  }

  /** Lets every source prepare this month's values. */
  void prepare(World w) {
    for (MetricSource s : sources) {
      s.beforeReport(w);
    }
  }
}
