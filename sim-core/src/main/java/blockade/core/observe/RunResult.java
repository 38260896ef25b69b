package blockade.core.observe;

import java.util.List;

/**
 * Everything one replication produced, in memory: small (a few hundred KB for 99 ticks), so the
 * Monte Carlo runner can hold the results of the runs in flight and stream each to its store.
 *
 * @param scenario scenario name (the config's {@code name})
 * @param seed the replication's master seed
 * @param metrics one row per tick
 * @param events every event, in the order they happened
 * @param agents final per-agent state
 * @param purchases chip purchases by month, buyer kind, SKU and channel, in that order
 */
public record RunResult(
    String scenario,
    long seed,
    MetricsTable metrics,
    List<SimEvent> events,
    List<AgentRow> agents,
    List<PurchaseRow> purchases) {
  /** A result without purchases (tests and runners that record none). */
  public RunResult(
      String scenario,
      long seed,
      MetricsTable metrics,
      List<SimEvent> events,
      List<AgentRow> agents) {
    this(scenario, seed, metrics, events, agents, List.of());
  }
}
