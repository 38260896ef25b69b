package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.observe.EventTypes;
import blockade.core.observe.SimEvent;
import java.util.function.DoubleSupplier;

/**
 * Where a firm stands in moving its workloads from CUDA to a domestic stack (DESIGN §2.2.5): the
 * share already moved, the slice under way and its months left, and the slices done so far (they
 * make the next one faster). The decisions are {@link MigrationRule}'s.
 */
final class MigrationState implements java.io.Serializable {
  private final FirmBehaviourConfig beh;
  private double frameworkShare;
  private double migratingShare;
  private int migrationMonthsLeft;
  private int slicesDone;
  private double migrationLoss;

  MigrationState(FirmBehaviourConfig beh, double initialFrameworkShare) {
    this.beh = beh;
    this.frameworkShare = initialFrameworkShare;
  }

  /** Share of workloads on a domestic stack, 0..1. */
  double frameworkShare() {
    return frameworkShare;
  }

  /** Whether a slice is under way. */
  boolean underway() {
    return migrationMonthsLeft > 0;
  }

  /** Months of full-fleet productivity lost to the slice under way this month. */
  double lossMonths() {
    return migrationLoss;
  }

  /** Months left of the slice under way (0 when none). */
  int monthsLeft() {
    return migrationMonthsLeft;
  }

  /** Slices finished so far. */
  int slicesDone() {
    return slicesDone;
  }

  /**
   * Starts a slice when {@link MigrationRule#shouldStart} says so and free cash pays its cost (per
   * 1000 H100e of fleet); call only when no slice is under way.
   */
  void consider(
      BuyerPort w,
      String id,
      double domShare,
      double mandate,
      double fleetH100e,
      DoubleSupplier cashFree) {
    if (!MigrationRule.shouldStart(domShare, mandate, frameworkShare, beh.migrationTriggerGap())) {
      return;
    }
    double slice = MigrationRule.sliceShare(beh.migrationSliceShare(), frameworkShare);
    double cost = beh.migrationCostUsdMPer1000H100e() * Math.max(1, fleetH100e) / 1000;
    if (cashFree.getAsDouble() < cost) {
      return;
    }
    w.ledger().spend(id, "migration", cost);
    migratingShare = slice;
    migrationMonthsLeft =
        MigrationRule.delayMonths(
            beh.migrationBaseDelayMonths(),
            w.ecosystem().maturity(),
            beh.migrationExperienceFactor(),
            slicesDone);
    w.event(
        SimEvent.of(
                EventTypes.MIGRATION_STARTED,
                id,
                String.format(
                    java.util.Locale.ROOT,
                    "slice %.2f of workloads, %d months",
                    slice,
                    migrationMonthsLeft))
            .usdM(cost));
  }

  /**
   * This month's productivity of the fleet (the migrating slice runs at {@code
   * migrationProductivity}); also records the loss for the metrics.
   */
  double productivity() {
    double productivity = 1 - migratingShare * (1 - beh.migrationProductivity());
    migrationLoss =
        migrationMonthsLeft > 0 ? migratingShare * (1 - beh.migrationProductivity()) : 0;
    if (migrationMonthsLeft <= 0) {
      productivity = 1;
    }
    return productivity;
  }

  /**
   * One month of the slice under way passes; when it ends, its share moves to the domestic stack.
   */
  void advance(BuyerPort w, String id) {
    if (migrationMonthsLeft <= 0) {
      return;
    }
    migrationMonthsLeft--;
    if (migrationMonthsLeft == 0) {
      frameworkShare = Math.min(1, frameworkShare + migratingShare);
      migratingShare = 0;
      slicesDone++;
      w.event(
          EventTypes.MIGRATION_FINISHED,
          id,
          String.format(
              java.util.Locale.ROOT, "domestic framework share now %.2f", frameworkShare));
    }
  }
}
