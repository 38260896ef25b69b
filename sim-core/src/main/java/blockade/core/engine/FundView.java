package blockade.core.engine;

/** What observers read of a state fund. */
public interface FundView {
  String id();

  /** Money disbursed so far, USD millions. */
  double disbursedUsdM();

  /** Money wasted so far (DESIGN §2.4), USD millions. */
  double wastedUsdM();

  /** Current equity value, USD millions. */
  double equityUsdM();
}
