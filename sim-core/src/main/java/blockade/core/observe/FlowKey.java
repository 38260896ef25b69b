package blockade.core.observe;

import java.io.Serializable;

/**
 * The name of a flow metric that agents and services add to during a month ({@link TickStats#add}).
 * A declared flow metric ({@code record.MetricSpec.flow}) is one; a service below the metric
 * declarations (such as the chip settlement) names its flow with {@link #of}.
 */
public interface FlowKey extends Serializable {
  /** The metric's column name. */
  String name();

  /** Whether the metric is a flow (only flows may be added to). */
  boolean flow();

  /** A flow named by its column. */
  static FlowKey of(String name) {
    return new Named(name);
  }

  /** A flow known only by name. */
  record Named(String name) implements FlowKey {
    @Override
    public boolean flow() {
      return true;
    }
  }
}
