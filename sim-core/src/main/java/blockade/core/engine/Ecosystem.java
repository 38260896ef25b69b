package blockade.core.engine;

/**
 * Domestic software ecosystem maturity m ∈ [0,1]. Each month m grows by a network-effect term
 * (adoption × learning × (1 − m)) plus a small vendor drift. A firm's software efficiency on
 * domestic chips rises with both m and its own framework share (iFlytek: 25 % → 73 % of A800
 * training efficiency in about a year).
 */
public final class Ecosystem implements java.io.Serializable {
  private final EcosystemConfig config;
  private double maturity;
  private double boostPerYear;

  public Ecosystem(EcosystemConfig config) {
    this.config = config;
    this.maturity = config.initialMaturity();
  }

  public double maturity() {
    return maturity;
  }

  /** Extra maturity gain per year from policy (e.g. state-funded developer programmes). */
  public void setBoostPerYear(double b) {
    this.boostPerYear = b;
  }

  /** Advances one month given the compute-weighted adoption (domestic framework share). */
  public void advance(double adoption) {
    double gap = 1 - maturity;
    double perYear = config.learningPerYear() * adoption + config.driftPerYear() + boostPerYear;
    maturity = Math.min(1, maturity + gap * (1 - StrictMath.exp(-perYear / 12)));
  }

  /**
   * Training efficiency of domestic chips for a firm with the given domestic framework share
   * (large-scale training: cluster scale, interconnect, stability).
   */
  public double domesticEfficiency(double frameworkShare) {
    return interpolate(config.efficiencyCudaFirst(), config.efficiencyNative(), frameworkShare);
  }

  /**
   * Serving efficiency of domestic chips: the same readiness, between the serving end points
   * (serving an immature stack loses less than training on it).
   */
  public double domesticServingEfficiency(double frameworkShare) {
    double e0 =
        config.servingEfficiencyCudaFirst() != null
            ? config.servingEfficiencyCudaFirst()
            : config.efficiencyCudaFirst();
    double e1 =
        config.servingEfficiencyNative() != null
            ? config.servingEfficiencyNative()
            : config.efficiencyNative();
    return interpolate(e0, e1, frameworkShare);
  }

  private double interpolate(double e0, double e1, double frameworkShare) {
    double readiness = 0.5 * maturity + 0.5 * frameworkShare * (0.5 + 0.5 * maturity);
    return e0 + (e1 - e0) * Math.min(1, readiness);
  }
}
