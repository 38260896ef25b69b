package blockade.core.engine;

/**
 * The exogenous US frontier and the capability scale: capability = log10(trailing-window
 * effective training compute in H100e-months × algorithmic efficiency). The frontier gap is the
 * number of months the US frontier needed to move from China's best capability to its own.
 */
public final class Frontier implements java.io.Serializable {
  private final FrontierConfig config;

  public Frontier(FrontierConfig config) {
    this.config = config;
  }

  public FrontierConfig config() {
    return config;
  }

  /** Common algorithmic efficiency multiplier at a tick (1 at the start). */
  public double algorithmicEfficiency(int tick) {
    return StrictMath.pow(config.algorithmicGrowthPerYear(), tick / 12.0);
  }

  /** US frontier capability at a tick. */
  public double usCapability(int tick) {
    double compute = config.usComputeH100eMonths() * StrictMath.pow(config.usComputeGrowthPerYear(), tick / 12.0);
    return StrictMath.log10(compute * algorithmicEfficiency(tick));
  }

  /** Capability units the frontier gains per month. */
  public double capabilityPerMonth() {
    return StrictMath.log10(config.usComputeGrowthPerYear() * config.algorithmicGrowthPerYear()) / 12.0;
  }

  /** Months by which a capability trails the US frontier at a tick (0 if level or ahead). */
  public double gapMonths(double capability, int tick) {
    if (Double.isNaN(capability) || Double.isInfinite(capability)) {
      return Double.NaN;
    }
    return Math.max(0, (usCapability(tick) - capability) / capabilityPerMonth());
  }
}
