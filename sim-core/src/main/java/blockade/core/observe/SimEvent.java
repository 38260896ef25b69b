package blockade.core.observe;

import java.io.Serializable;

/**
 * One thing that happened in a run and matters to a researcher: a rule announced, a ban in force, a
 * firm listed, an offshore site built, a migration, a bankruptcy, an investment. The facts a query
 * or a network view needs are typed fields; {@code detail} is the human-readable rest. What {@code
 * agent}, {@code counterparty}, {@code units} and {@code usdM} mean for each type is documented on
 * its constant in {@link EventTypes} and in the README's events.csv table.
 *
 * <p>Emission sites build an unstamped event with {@link #of} and the withers ({@link #with},
 * {@link #sku(String)}, {@link #units(double)}, {@link #usdM(double)}); the world stamps it with
 * the tick and date when it publishes it ({@code World.event(SimEvent)}).
 *
 * @param tick month index from the start (0-based)
 * @param date the tick's month as YYYY-MM
 * @param type event type in snake_case (see {@link EventTypes})
 * @param agent id of the agent it concerns (the one that acted, sold, paid or was listed)
 * @param counterparty id of the other side (buyer, investee, investor, rule maker), or null
 * @param sku the SKU it concerns, or null
 * @param units quantity in chips or H100e as the type says, or null
 * @param usdM money in USD millions, or null
 * @param detail human-readable remainder, one line
 */
public record SimEvent(
    int tick,
    String date,
    String type,
    String agent,
    String counterparty,
    String sku,
    Double units,
    Double usdM,
    String detail)
    implements Serializable {

  /** An event with no typed facts beyond type and agent. */
  public SimEvent(int tick, String date, String type, String agent, String detail) {
    this(tick, date, type, agent, null, null, null, null, detail);
  }

  /** An unstamped event (tick and date are set when the world publishes it). */
  public static SimEvent of(String type, String agent, String detail) {
    return new SimEvent(-1, null, type, agent, null, null, null, null, detail);
  }

  /** The same event with a counterparty. */
  public SimEvent with(String counterpartyId) {
    return new SimEvent(tick, date, type, agent, counterpartyId, sku, units, usdM, detail);
  }

  /** The same event about a SKU. */
  public SimEvent sku(String skuName) {
    return new SimEvent(tick, date, type, agent, counterparty, skuName, units, usdM, detail);
  }

  /** The same event with a quantity (chips or H100e, as the type says). */
  public SimEvent units(double quantity) {
    return new SimEvent(tick, date, type, agent, counterparty, sku, quantity, usdM, detail);
  }

  /** The same event with an amount of money, USD millions. */
  public SimEvent usdM(double amount) {
    return new SimEvent(tick, date, type, agent, counterparty, sku, units, amount, detail);
  }

  /** The same event stamped with a tick and its date. */
  public SimEvent at(int atTick, String atDate) {
    return new SimEvent(atTick, atDate, type, agent, counterparty, sku, units, usdM, detail);
  }
}
