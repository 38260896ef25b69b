package blockade.core.engine;

/** What observers and regulators may read of an AI firm or startup. */
public interface FirmView {
  String id();

  boolean isStartup();

  /** Compute the firm wants this tick (training + serving), H100e. */
  double demandH100e();

  /** Part of the demand it could not meet with its fleet and rented compute, H100e. */
  double unmetH100e();

  /**
   * Part of its training demand it could not meet, H100e: the batch work a remote site could take
   * (defaults to all of the unmet demand).
   */
  default double unmetTrainingH100e() {
    return unmetH100e();
  }

  /** Share of its workloads on a domestic software stack, 0..1. */
  double frameworkShare();

  /** log10 of trailing-year effective training compute (H100e-months × algorithmic efficiency). */
  double capability();

  boolean entityListed();

  /** Months of full-fleet productivity lost to framework migration this tick. */
  double migrationLossMonths();

  /** AI revenue this tick, USD millions. */
  double aiRevenueUsdM();

  /** Deployed compute, H100e (weights the framework share). */
  double fleetH100e();

  int offshoreSites();
}
