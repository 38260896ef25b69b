package blockade.agents.firm;

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
    return firm.fleetForInspection().deployedUnitsBySku();
  }

  /** Deployed nominal H100e by location ("home", "offshore"). */
  public Map<String, Double> getFleetH100eByLocation() {
    return Map.of("home", firm.fleetForInspection().h100e(c -> c.location == Location.DOMESTIC),
        "offshore", firm.fleetForInspection().h100e(c -> c.location == Location.OFFSHORE));
  }

  /** Chips held but not deployed, by SKU, units, home and offshore. */
  public Map<String, Long> getInventoryUnitsBySku() {
    return firm.fleetForInspection().inventoryUnitsBySku();
  }

  public long getInventoryUnits() {
    return firm.fleetForInspection().inventoryUnits();
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

  /** Wanted compute: the fleet this month's and past budgets would have bought at uncontrolled US prices, H100e. */
  public double getWantedH100e() {
    return firm.wantedH100e();
  }

  /** Money for chips this month, USD millions. */
  public double getChipBudgetUsdM() {
    return firm.chipBudgetUsdM();
  }

  /** Effective training compute this month (own chips × productivity + rented), H100e-months. */
  public double getTrainingComputeH100e() {
    return firm.trainingComputeH100e();
  }

  /** Effective serving compute used this month, H100e. */
  public double getServedH100e() {
    return firm.servedH100e();
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
    return firm.migrationMonthsLeft();
  }

  /** Equity state funds hold in the firm, USD millions (from the ledger). */
  public double getStateInvestmentUsdM() {
    return firm.stateInvestmentUsdM();
  }
}
