package blockade.core.engine;

import blockade.core.market.Catalogue;
import blockade.core.market.Location;
import blockade.core.market.Sku;
import blockade.core.observe.TickStats;
import blockade.core.policy.ExportRegime;

/**
 * What a chip channel (US vendor, domestic vendor, grey market, secondary market) sees: the
 * catalogue and its prices, the export regime and whether a vendor may ship a SKU to a buyer, the
 * GPU conservation counters and this month's flows, besides the {@link Port} basics. It does not
 * see the order book: it returns what it accepts and the engine settles.
 */
public interface SupplierPort extends Port {
  Catalogue catalogue();

  ExportRegime regime();

  /**
   * Whether a legitimate vendor shipment of {@code sku} to the buyer and location is allowed now.
   */
  boolean mayShip(Sku sku, String buyer, Location location);

  ChipAccounts chips();

  /** The domestic software ecosystem (how much of a domestic chip's paper speed buyers get). */
  Ecosystem ecosystem();

  /**
   * Cheapest next-best option for an H100e of training compute over {@code lifeMonths} months, USD,
   * or +∞ (see {@code World.substituteUsdPerH100e}).
   */
  double substituteUsdPerH100e(int lifeMonths);

  /** China's policy in force (customs stops on US SKUs). */
  blockade.core.policy.ChinaPolicyState chinaPolicy();

  TickStats stats();
}
