package blockade.agents.fund;

import blockade.core.engine.FirmView;
import java.util.function.DoubleUnaryOperator;

/**
 * What buyers can use of the national network's remote domestic-chip capacity (DESIGN §2.5): only
 * batch training, not serving (latency, data transfer), and of that only the work on a domestic
 * software stack, so a firm can move at most its framework share of its unmet training to the
 * network, where it runs at its own software efficiency on domestic chips.
 *
 * @param demandH100e buyers' unmet training on a domestic stack, in their own H100e
 * @param efficiency their software efficiency on domestic chips, weighted by that demand (the
 *     fallback when there is none)
 */
record NetworkUse(double demandH100e, double efficiency) {

  /**
   * Sums over the firms: demand Σ fs × unmet training; efficiency Σ fs × unmet × eff(fs) / demand.
   *
   * @param efficiencyAt a firm's domestic-chip training efficiency at its framework share
   * @param fallbackEfficiency the efficiency when no firm can use the network
   */
  static NetworkUse of(
      Iterable<? extends FirmView> firms,
      DoubleUnaryOperator efficiencyAt,
      double fallbackEfficiency) {
    double demand = 0;
    double weighted = 0;
    for (FirmView f : firms) {
      double fs = f.frameworkShare();
      double d = fs * Math.max(0, f.unmetTrainingH100e());
      demand += d;
      weighted += d * efficiencyAt.applyAsDouble(fs);
    }
    return new NetworkUse(demand, demand > 0 ? weighted / demand : fallbackEfficiency);
  }
}
