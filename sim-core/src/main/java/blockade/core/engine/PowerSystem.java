package blockade.core.engine;

import blockade.core.market.AllocationKernel;
import blockade.core.market.AllocationRule;
import blockade.core.market.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid power for AI datacenters at home. Capacity grows each tick (plus policy build-out); deployed
 * chips draw power; when power binds, chips wait in inventory. Deployment requests are granted
 * pro-rata to the free headroom.
 */
public final class PowerSystem implements java.io.Serializable {
  /**
   * Hours in a month (8,760 h a year / 12): turns kW into kWh a month. A unit conversion, not
   * calibration.
   */
  public static final double HOURS_PER_MONTH = 730;

  private final EnergyConfig config;
  private double capacityMw;
  private double usedMw;
  private double extraGrowthPerYear;
  private double subsidyShare;
  private boolean boundLastTick;

  public PowerSystem(EnergyConfig config) {
    this.config = config;
    this.capacityMw = config.capacityMw();
    this.subsidyShare = config.domesticChipSubsidyShare();
  }

  public EnergyConfig config() {
    return config;
  }

  /**
   * Grows capacity by one month (called by the engine at the start of every tick after the first).
   */
  public void grow() {
    double g = config.growthPerYear() + extraGrowthPerYear;
    capacityMw *= StrictMath.pow(1 + g, 1.0 / 12);
  }

  /** The China policy-maker's extra build-out, as added growth per year. */
  public void setExtraGrowthPerYear(double g) {
    this.extraGrowthPerYear = g;
  }

  public void setDomesticChipSubsidyShare(double s) {
    this.subsidyShare = s;
  }

  public double domesticChipSubsidyShare() {
    return subsidyShare;
  }

  public double capacityMw() {
    return capacityMw;
  }

  public double usedMw() {
    return usedMw;
  }

  /**
   * Grid kW drawn per kW of accelerator board power: PUE × the server's power per accelerator power
   * ({@code serverPowerPerChipPower}). Every conversion of a chip's {@code powerKw} into grid power
   * or an electricity bill goes through it.
   */
  public double facilityKwPerChipKw() {
    return config.pue() * config.serverPowerPerChipPower();
  }

  /**
   * The same as {@link #facilityKwPerChipKw()}: the name callers in the firm package still use (it
   * was PUE alone before server power was counted); prefer the new name.
   */
  public double pue() {
    return facilityKwPerChipKw();
  }

  public double priceUsdPerKwh() {
    return config.priceUsdPerKwh();
  }

  /**
   * Monthly electricity cost of one chip running at home, USD ({@link #HOURS_PER_MONTH}, with PUE
   * and server power).
   */
  public double monthlyCostUsd(double powerKw, boolean domesticChip) {
    double share = domesticChip ? 1 - subsidyShare : 1;
    return powerKw * facilityKwPerChipKw() * HOURS_PER_MONTH * config.priceUsdPerKwh() * share;
  }

  /**
   * Monthly cost of running {@code itKw} of chips in an offshore site, USD: power and hosting at
   * {@code offshorePriceUsdPerKwh} for {@link #HOURS_PER_MONTH}, with PUE and server power (no
   * subsidy abroad). Computed as ((kW × PUE) × hours) × price, the order the firm's rules always
   * used.
   */
  public double offshoreMonthlyCostUsd(double itKw) {
    return itKw * facilityKwPerChipKw() * HOURS_PER_MONTH * config.offshorePriceUsdPerKwh();
  }

  /**
   * Grants deployment power to users pro-rata to their requests within the free headroom. Called by
   * the engine in CLEAR; {@code drawKw} is the power drawn by already-deployed chips.
   */
  public void allocate(List<PowerUser> users, double drawKw, World world) {
    usedMw = drawKw / 1000;
    long headroomKw = (long) Math.floor(Math.max(0, capacityMw - usedMw) * 1000);
    List<Claim> claims = new ArrayList<>();
    long requested = 0;
    for (PowerUser u : users) {
      long r = Math.max(0, u.deployRequestKw(world));
      claims.add(new Claim(u.id(), r, false));
      requested += r;
    }
    boolean bound = requested > headroomKw && requested > 0;
    if (bound && !boundLastTick) {
      world.event(
          blockade.core.observe.EventTypes.POWER_BOUND,
          "grid",
          String.format(
              java.util.Locale.ROOT,
              "deployments wait for power: %.0f MW asked, %.0f MW free",
              requested / 1000.0,
              headroomKw / 1000.0));
    }
    boundLastTick = bound;
    long[] grants = AllocationKernel.allocate(headroomKw, claims, AllocationRule.PRO_RATA);
    for (int i = 0; i < users.size(); i++) {
      if (grants[i] > 0) {
        users.get(i).grantDeployKw(grants[i], world);
      }
    }
  }
}
