package blockade.agents.firm;

/**
 * Framework migration (DESIGN §2.2.5): a firm moves a slice of workloads to the domestic stack when
 * the domestic share of its fleet (or a mandate) runs ahead of its framework share; the slice runs
 * at reduced productivity for a delay that shrinks as the ecosystem matures and as the firm gains
 * experience with earlier slices.
 */
public final class MigrationRule {
  private MigrationRule() {}

  /** Whether to start a slice now. */
  public static boolean shouldStart(
      double domesticFleetShare, double mandateShare, double frameworkShare, double triggerGap) {
    double target = Math.max(domesticFleetShare, mandateShare);
    return frameworkShare < 1 && target - frameworkShare > triggerGap;
  }

  /** Slice size: the configured share, not beyond full migration. */
  public static double sliceShare(double configured, double frameworkShare) {
    return Math.min(configured, 1 - frameworkShare);
  }

  /** Months the slice takes: base × (1 − maturity) × experience^slicesDone, at least one month. */
  public static int delayMonths(
      double baseDelay, double maturity, double experienceFactor, int slicesDone) {
    double d = baseDelay * (1 - maturity) * StrictMath.pow(experienceFactor, slicesDone);
    return Math.max(1, (int) Math.round(d));
  }
}
