package blockade.core.engine;

/**
 * A Chinese firm's capability on the frontier scale (DESIGN §2.2.7, §2.8): each month's effective
 * training compute (H100e-months × the firm's algorithmic multiplier × the frontier algorithmic
 * efficiency that has reached it, {@link Frontier#diffusedAlgorithmicEfficiency}) is kept over the
 * capability window, and capability is log10 of the largest run that window allows ({@link
 * Frontier#capabilityOf}). NaN while the firm has trained nothing in the window.
 */
public final class CapabilityRule implements java.io.Serializable {
  private final double[] window;

  public CapabilityRule(Frontier frontier) {
    this.window = new double[frontier.config().capabilityWindowMonths()];
  }

  /**
   * Records this month's training and returns the capability.
   *
   * @param trainingH100e effective training compute this month (own chips and rented), H100e
   * @param algorithmicMultiplier the firm's own efficiency relative to the US frontier lab
   */
  public double record(
      Frontier frontier, int tick, double trainingH100e, double algorithmicMultiplier) {
    window[Math.floorMod(tick, window.length)] =
        trainingH100e * frontier.diffusedAlgorithmicEfficiency(tick) * algorithmicMultiplier;
    double sum = 0;
    for (double v : window) {
      sum += v;
    }
    return sum > 0 ? frontier.capabilityOf(sum) : Double.NaN;
  }
}
