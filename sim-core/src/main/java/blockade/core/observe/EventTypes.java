package blockade.core.observe;

/**
 * Event type names written to events.csv (a stable part of the output contract). Each constant says
 * what the typed columns of {@link SimEvent} mean for it; a column it does not mention is empty.
 * {@code units} is chips unless the type says H100e; {@code usd_m} is USD millions. The README's
 * events.csv table says the same and {@code EventDocsTest} checks it lists every type.
 */
public final class EventTypes {
  private EventTypes() {}

  /** agent: the regulator; detail: rule id, effective month and what it does. */
  public static final String RULE_ANNOUNCED = "rule_announced";

  /** agent: the regulator; detail: rule id and what it does. */
  public static final String RULE_EFFECTIVE = "rule_effective";

  /** agent: the regulator; detail: rule id. */
  public static final String RULE_RESCINDED = "rule_rescinded";

  /** agent: the regulator; sku: the SKU banned for China. */
  public static final String SKU_BANNED = "sku_banned";

  /** agent: the regulator; sku: the SKU allowed again. */
  public static final String SKU_UNBANNED = "sku_unbanned";

  /** agent: the listed firm; counterparty: the regulator that listed it. */
  public static final String ENTITY_LISTED = "entity_listed";

  /** agent: the regulator; detail: the new offshore policy. */
  public static final String OFFSHORE_RULE = "offshore_rule";

  /**
   * agent: the channel (supplier); counterparty: the buyer; sku; units: chips; usd_m: order value.
   */
  public static final String ORDER_CANCELLED = "order_cancelled";

  /**
   * agent: the buyer; counterparty: the vendor; sku; units: chips in the first stockpile order;
   * usd_m: its value at the quoted price.
   */
  public static final String STOCKPILE_STARTED = "stockpile_started";

  /** agent: the vendor; sku: the new SKU. */
  public static final String SKU_RELEASED = "sku_released";

  /** agent: the domestic vendor; units: the month's output capacity in chips of its current SKU. */
  public static final String CAPACITY_BOUND = "capacity_bound";

  /** agent: the firm; usd_m: capex paid when it builds (empty when it leases). */
  public static final String OFFSHORE_BUILD_STARTED = "offshore_build_started";

  /** agent: the firm; detail: site power. */
  public static final String OFFSHORE_SITE_READY = "offshore_site_ready";

  /** agent: the firm; units: offshore H100e made unusable. */
  public static final String OFFSHORE_STRANDED = "offshore_stranded";

  /** agent: the firm; usd_m: migration cost paid. */
  public static final String MIGRATION_STARTED = "migration_started";

  /** agent: the firm; detail: its new domestic framework share. */
  public static final String MIGRATION_FINISHED = "migration_finished";

  /** agent: the startup; counterparty: the venture capital agent; usd_m: the round. */
  public static final String FUNDING_ROUND = "funding_round";

  /**
   * agent: the state fund; counterparty: the firm; usd_m: equity placed, or for a directive chip
   * grant the value of the chips delivered (then sku and units: chips).
   */
  public static final String INVESTMENT = "investment";

  /**
   * agent: the startup; counterparty: the secondary market taking its chips; units: those chips.
   */
  public static final String BANKRUPTCY = "bankruptcy";

  /** agent: the new startup; counterparty: the venture capital agent; usd_m: its founding cash. */
  public static final String ENTRY = "entry";

  /** agent: China's policy agent; detail: the policy step. */
  public static final String POLICY_CHANGE = "policy_change";

  /**
   * agent: the grey market; units: chips seized this month (all buyers); usd_m: what buyers paid
   * for them.
   */
  public static final String GREY_SEIZURE = "grey_seizure";

  /**
   * One a month per exchange order that traded: agent: the participant; counterparty: the exchange
   * operator that clears; units: H100e-months, positive bought, negative sold; usd_m: the
   * participant's cash flow, negative paid, positive received (vouchers and fee excluded).
   */
  public static final String COMPUTE_TRADED = "compute_traded";

  /** agent: the grid; detail: power asked and free. */
  public static final String POWER_BOUND = "power_bound";

  /**
   * A policy lever pulled in the GUI, effective from this month (only in runs made in the GUI):
   * agent: {@code gui}; detail: the lever, its new value and the {@code --set} overrides that
   * replay it.
   */
  public static final String LEVER_CHANGED = "lever_changed";
}
