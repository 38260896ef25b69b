package blockade.core.observe;

import java.util.List;

/**
 * Metric column names of metrics.csv (after tick and date), in output order: the DESIGN §4 set
 * first, then breakdowns. A stable part of the output contract: rename only with README and tests.
 * Each column is declared (unit, aggregation, help, reporter) by core ({@code record.CoreMetrics})
 * or by the agent kind that owns it; {@code record.MetricRegistry} places the declarations in this
 * order.
 */
public final class Metrics {
  private Metrics() {}

  public static final String COMPUTE_TOTAL = "compute_total_h100e";
  public static final String COMPUTE_DOMESTIC = "compute_domestic_chips_h100e";
  public static final String COMPUTE_US = "compute_us_chips_h100e";
  public static final String COMPUTE_OFFSHORE = "compute_offshore_h100e";
  public static final String INVENTORY_UNITS = "gpu_inventory_units";
  public static final String PURCHASES_DOMESTIC = "purchases_domestic_units";
  public static final String PURCHASES_US = "purchases_us_units";
  public static final String SELF_SUFFICIENCY = "self_sufficiency";
  public static final String FRAMEWORK_SHARE = "domestic_framework_share";
  public static final String EXCHANGE_PRICE = "exchange_price_usd_per_h100e_month";
  public static final String EXCHANGE_VOLUME = "exchange_volume_h100e";
  public static final String UNMET_SHARE = "unmet_compute_demand_share";
  public static final String FRONTIER_CAPABILITY = "frontier_capability";
  public static final String FRONTIER_GAP = "frontier_gap_months";
  public static final String AI_REVENUE = "ai_revenue_usd_bn_annual";
  public static final String AI_INDUSTRY_REVENUE = "ai_industry_revenue_usd_bn_annual";
  public static final String AI_REVENUE_VS_TARGET = "ai_industry_revenue_share_of_2030_target";
  public static final String FUNDS_DISBURSED = "state_funds_disbursed_usd_bn";
  public static final String FUNDS_WASTED = "state_funds_wasted_usd_bn";
  public static final String STARTUPS_ALIVE = "startups_alive";
  public static final String ENTITY_LISTED = "entity_listed_firms";
  public static final String OFFSHORE_SITES = "offshore_sites";
  public static final String MIGRATION_LOST = "migration_months_lost";
  public static final String POWER_USED = "power_used_mw";
  public static final String POWER_CAPACITY = "power_capacity_mw";
  public static final String REGIME_LEVEL = "export_regime_level";
  // breakdowns
  public static final String CHINA_CAPABILITY = "china_best_capability";
  public static final String PURCHASES_GREY = "purchases_grey_units";
  public static final String PURCHASES_OFFSHORE = "purchases_offshore_units";
  public static final String SHIPMENTS_US = "shipments_us_units";
  public static final String SHIPMENTS_DOMESTIC = "shipments_domestic_units";
  public static final String SEIZED = "gpus_seized_units";
  public static final String DOMESTIC_CAPACITY = "domestic_capacity_units";
  public static final String DOMESTIC_ORDERS = "domestic_orders_units";
  public static final String DOMESTIC_PRICE = "domestic_price_usd";
  public static final String DOMESTIC_YIELD = "domestic_yield";
  public static final String HBM_STOCK = "hbm_stock_stacks";
  public static final String US_CHINA_REVENUE = "us_vendor_china_revenue_usd_bn_trailing_year";
  public static final String US_CHINA_REVENUE_FY = "us_vendor_china_revenue_usd_bn_fiscal_year";
  public static final String US_LOST_REVENUE = "us_vendor_lost_revenue_usd_bn_annual";
  public static final String ECOSYSTEM = "ecosystem_maturity";
  public static final String EXCHANGE_UNMET = "exchange_unmet_bid_h100e";
  public static final String STATE_EQUITY = "state_equity_usd_bn";
  public static final String ENTRIES = "startup_entries";
  public static final String BANKRUPTCIES = "startup_bankruptcies";
  public static final String COMPUTE_STARTUPS = "compute_startups_h100e";
  public static final String STATE_NETWORK_IDLE = "state_network_idle_share";
  public static final String COMPUTE_TRAINING = "compute_training_h100e";
  public static final String COMPUTE_TRAINING_DOMESTIC = "compute_training_h100e_domestic_chips";
  public static final String COMPUTE_TRAINING_US = "compute_training_h100e_us_chips";
  public static final String COMPUTE_TRAINING_OFFSHORE = "compute_training_h100e_offshore";
  public static final String COMPUTE_SERVING = "compute_serving_h100e";
  public static final String COMPUTE_SERVING_DOMESTIC = "compute_serving_h100e_domestic_chips";
  public static final String COMPUTE_SERVING_US = "compute_serving_h100e_us_chips";
  public static final String COMPUTE_SERVING_OFFSHORE = "compute_serving_h100e_offshore";
  public static final String GREY_PREMIUM = "grey_market_premium_share";
  public static final String GREY_CAPACITY = "grey_market_capacity_units";
  public static final String REMOTE_RENTED = "remote_access_rented_h100e";
  public static final String US_CHINA_REVENUE_QUARTER =
      "us_vendor_china_revenue_usd_bn_last_quarter";
  public static final String SERVICES_SPEND = "services_market_usd_bn_annual";
  public static final String SERVICES_PRICE = "services_price_usd_per_mtok";
  public static final String TALENT_POOL = "talent_pool_researchers";
  public static final String TALENT_FIRMS = "talent_firm_researchers";
  public static final String TALENT_STATE_LAB = "talent_state_lab_researchers";
  public static final String TALENT_WAGE = "talent_wage_usd_per_year";
  public static final String TALENT_SHORTFALL = "talent_shortfall_share";
  public static final String INVENTORY_OFFSHORE_UNITS = "gpu_inventory_offshore_units";
  public static final String US_VENDOR_SHARE_UNITS = "us_vendor_share_of_china_purchases_units";
  public static final String US_VENDOR_SHARE_H100E = "us_vendor_share_of_china_purchases_h100e";

  /** All columns in output order. */
  public static final List<String> COLUMNS =
      List.of(
          COMPUTE_TOTAL,
          COMPUTE_DOMESTIC,
          COMPUTE_US,
          COMPUTE_OFFSHORE,
          INVENTORY_UNITS,
          PURCHASES_DOMESTIC,
          PURCHASES_US,
          SELF_SUFFICIENCY,
          FRAMEWORK_SHARE,
          EXCHANGE_PRICE,
          EXCHANGE_VOLUME,
          UNMET_SHARE,
          FRONTIER_CAPABILITY,
          FRONTIER_GAP,
          AI_REVENUE,
          FUNDS_DISBURSED,
          FUNDS_WASTED,
          STARTUPS_ALIVE,
          ENTITY_LISTED,
          OFFSHORE_SITES,
          MIGRATION_LOST,
          POWER_USED,
          POWER_CAPACITY,
          REGIME_LEVEL,
          CHINA_CAPABILITY,
          PURCHASES_GREY,
          SHIPMENTS_US,
          SHIPMENTS_DOMESTIC,
          SEIZED,
          DOMESTIC_CAPACITY,
          DOMESTIC_ORDERS,
          DOMESTIC_PRICE,
          DOMESTIC_YIELD,
          HBM_STOCK,
          US_CHINA_REVENUE,
          US_LOST_REVENUE,
          ECOSYSTEM,
          EXCHANGE_UNMET,
          STATE_EQUITY,
          ENTRIES,
          BANKRUPTCIES,
          COMPUTE_STARTUPS,
          STATE_NETWORK_IDLE,
          AI_REVENUE_VS_TARGET,
          PURCHASES_OFFSHORE,
          AI_INDUSTRY_REVENUE,
          US_CHINA_REVENUE_FY,
          COMPUTE_TRAINING,
          COMPUTE_TRAINING_DOMESTIC,
          COMPUTE_TRAINING_US,
          COMPUTE_TRAINING_OFFSHORE,
          COMPUTE_SERVING,
          COMPUTE_SERVING_DOMESTIC,
          COMPUTE_SERVING_US,
          COMPUTE_SERVING_OFFSHORE,
          GREY_PREMIUM,
          GREY_CAPACITY,
          REMOTE_RENTED,
          TALENT_POOL,
          TALENT_FIRMS,
          TALENT_STATE_LAB,
          TALENT_WAGE,
          TALENT_SHORTFALL,
          US_CHINA_REVENUE_QUARTER,
          SERVICES_SPEND,
          SERVICES_PRICE,
          INVENTORY_OFFSHORE_UNITS,
          US_VENDOR_SHARE_UNITS,
          US_VENDOR_SHARE_H100E);

  /** Metrics charted by {@code run} and fanned by {@code mc}. */
  public static final List<String> KEY =
      List.of(
          COMPUTE_TOTAL,
          SELF_SUFFICIENCY,
          PURCHASES_US,
          PURCHASES_DOMESTIC,
          FRONTIER_GAP,
          UNMET_SHARE,
          AI_REVENUE,
          FUNDS_WASTED);
}
