package blockade.agents.scenario;

import blockade.core.observe.AgentRow;
import blockade.core.observe.RunResult;

/**
 * Test helper: every output of a run (metrics rows, events, agent rows) as exact text, for equality
 * checks.
 */
final class RunText {
  private RunText() {}

  static String of(RunResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.scenario()).append(" seed ").append(r.seed()).append('\n');
    b.append(r.metrics().columns()).append('\n');
    for (int t = 0; t < r.metrics().ticks(); t++) {
      b.append(r.metrics().dates().get(t));
      for (double v : r.metrics().values()[t]) {
        // the exact bits, so -0.0 and NaN payloads count too
        b.append(',').append(Long.toHexString(Double.doubleToRawLongBits(v)));
      }
      b.append('\n');
    }
    r.events().forEach(e -> b.append(e).append('\n'));
    for (AgentRow a : r.agents()) {
      b.append(a).append('\n');
    }
    return b.toString();
  }
}
