package blockade.core.observe;

/** Event type names written to events.csv (a stable part of the output contract). */
public final class EventTypes {
  private EventTypes() {}

  public static final String RULE_ANNOUNCED = "rule_announced";
  public static final String RULE_EFFECTIVE = "rule_effective";
  public static final String RULE_RESCINDED = "rule_rescinded";
  public static final String SKU_BANNED = "sku_banned";
  public static final String SKU_UNBANNED = "sku_unbanned";
  public static final String ENTITY_LISTED = "entity_listed";
  public static final String OFFSHORE_RULE = "offshore_rule";
  public static final String ORDER_CANCELLED = "order_cancelled";
  public static final String STOCKPILE_STARTED = "stockpile_started";
  public static final String SKU_RELEASED = "sku_released";
  public static final String CAPACITY_BOUND = "capacity_bound";
  public static final String OFFSHORE_BUILD_STARTED = "offshore_build_started";
  public static final String OFFSHORE_SITE_READY = "offshore_site_ready";
  public static final String OFFSHORE_STRANDED = "offshore_stranded";
  public static final String MIGRATION_STARTED = "migration_started";
  public static final String MIGRATION_FINISHED = "migration_finished";
  public static final String FUNDING_ROUND = "funding_round";
  public static final String INVESTMENT = "investment";
  public static final String BANKRUPTCY = "bankruptcy";
  public static final String ENTRY = "entry";
  public static final String POLICY_CHANGE = "policy_change";
  public static final String GREY_SEIZURE = "grey_seizure";
  public static final String POWER_BOUND = "power_bound";
}
