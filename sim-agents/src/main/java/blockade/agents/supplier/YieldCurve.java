package blockade.agents.supplier;

/**
 * Fab yield learning curve: yield(Q) = max − (max − initial)·(1 + Q/Q0)^(−b), where Q is cumulative
 * wafer starts. Rises quickly at first, then flattens towards the mature yield.
 */
public record YieldCurve(double initial, double max, double learningWafers, double exponent)
    implements java.io.Serializable {
  public double at(double cumulativeWafers) {
    double q = Math.max(0, cumulativeWafers);
    return max - (max - initial) * StrictMath.pow(1 + q / learningWafers, -exponent);
  }
}
