package blockade.agents.firm;

import blockade.core.engine.BuyerPort;
import blockade.core.engine.FleetHolder.FleetSnapshot;
import blockade.core.market.Location;
import java.util.Map;

/**
 * What MASON's inspectors show of a firm (its {@code propertiesProxy}): read-only Java-bean getters
 * over the firm's state. Reading them never changes a run or draws a random number.
 */
public final class FirmProperties {
  private final FirmAgent firm;

  FirmProperties(FirmAgent firm) {
    this.firm = firm;
  }

  public String getId() {
    return firm.id();
  }

  public String getKind() {
    return firm.kind();
  }

  /** Whether the firm still takes part (false once a startup failed). */
  public boolean isActive() {
    return firm.active();
  }

  public boolean isStartup() {
    return firm.isStartup();
  }

  /** Cash in the firm's ledger account, USD millions. */
  public double getCashUsdM() {
    return firm.getCashUsdM();
  }

  public double getFleetH100e() {
    return firm.fleetH100e();
  }

  /** Deployed chips by SKU, units, home and offshore. */
  public Map<String, Long> getDeployedUnitsBySku() {
    return firm.fleet.deployedUnitsBySku();
  }

  /** Deployed nominal H100e by location ("home", "offshore"). */
  public Map<String, Double> getFleetH100eByLocation() {
    return Map.of(
        "home",
        firm.fleet.h100e(c -> c.location == Location.DOMESTIC),
        "offshore",
        firm.fleet.h100e(c -> c.location == Location.OFFSHORE));
  }

  /** Chips held but not deployed, by SKU, units, home and offshore. */
  public Map<String, Long> getInventoryUnitsBySku() {
    return firm.fleet.inventoryUnitsBySku();
  }

  public long getInventoryUnits() {
    return firm.fleet.inventoryUnits();
  }

  /** Chips held in offshore sites but not deployed (no free site power for them), units. */
  public long getOffshoreInventoryUnits() {
    return firm.fleet.inventoryUnits(Location.OFFSHORE);
  }

  public double getFrameworkShare() {
    return firm.frameworkShare();
  }

  public double getCapability() {
    return firm.capability();
  }

  public int getOffshoreSites() {
    return firm.offshoreSites();
  }

  public boolean isEntityListed() {
    return firm.entityListed();
  }

  public double getDemandH100e() {
    return firm.demandH100e();
  }

  public double getUnmetH100e() {
    return firm.unmetH100e();
  }

  /**
   * Wanted compute: the fleet this month's and past budgets would have bought at uncontrolled US
   * prices, H100e.
   */
  public double getWantedH100e() {
    return firm.wanted;
  }

  /** Money for chips this month, USD millions. */
  public double getChipBudgetUsdM() {
    return firm.budget.chipBudgetUsdM();
  }

  /** Effective training compute this month (own chips × productivity + rented), H100e-months. */
  public double getTrainingComputeH100e() {
    return firm.trainingCompute;
  }

  /** Effective serving compute used this month, H100e. */
  public double getServedH100e() {
    return firm.served;
  }

  /** Price of its AI services, USD per effective H100e-month served. */
  public double getServicesPriceUsdPerH100eMonth() {
    return firm.services().priceUsdPerH100eMonth();
  }

  /** AI revenue this month, USD millions. */
  public double getAiRevenueUsdM() {
    return firm.aiRevenueUsdM();
  }

  public int getMigrationMonthsLeft() {
    return firm.migration.monthsLeft();
  }

  /** Equity state funds hold in the firm, USD millions (from the ledger). */
  public double getStateInvestmentUsdM() {
    return firm.stateInvestmentUsdM();
  }

  /** The firm's row of {@code agents.csv} (its final state). */
  static void snapshot(FirmAgent firm, BuyerPort w, Map<String, Object> f) {
    FleetSnapshot s = firm.fleet(w);
    f.put("active", firm.active() ? 1 : 0);
    f.put("cash_usd_m", w.ledger().balance(firm.id()));
    f.put("fleet_h100e", firm.fleetH100e());
    f.put("domestic_chips_h100e", s.domesticChipsH100e());
    f.put("us_chips_h100e", s.usChipsH100e());
    f.put("offshore_h100e", s.offshoreH100e());
    f.put("deployed_units", s.deployedUnits());
    f.put("inventory_units", s.inventoryUnits());
    f.put("framework_share", firm.frameworkShare());
    f.put("capability", firm.capability());
    f.put("demand_h100e", firm.demandH100e());
    f.put("unmet_h100e", firm.unmetH100e());
    f.put("entity_listed", firm.entityListed() ? 1 : 0);
    f.put("offshore_sites", firm.offshoreSites());
    f.put("state_investment_usd_m", StateEquity.heldBy(w.ledger(), firm.id()));
  }
}
