package blockade.core.record;

import blockade.core.engine.World;
import java.io.Serializable;
import java.util.List;

/**
 * Something that declares metrics: core (model-level columns and aggregates over role views) or an
 * agent kind (its own levels and flows). A source may keep state across months (a running total,
 * the last clearing price); {@link #beforeReport} runs once a month before any reporter.
 */
public interface MetricSource extends Serializable {
  List<MetricSpec> metrics();

  /** Prepares this month's values (called once after RECORD, before the reporters). */
  default void beforeReport(World w) {}

  /** A stateless source. */
  static MetricSource of(List<MetricSpec> metrics) {
    List<MetricSpec> copy = List.copyOf(metrics);
    return () -> copy;
  }
}
