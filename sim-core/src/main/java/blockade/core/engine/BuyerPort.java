package blockade.core.engine;

import blockade.core.market.Catalogue;
import blockade.core.market.ChipMarketService;
import blockade.core.market.ComputeExchangeService;
import blockade.core.market.Location;
import blockade.core.market.Quote;
import blockade.core.market.Sku;
import blockade.core.policy.ChinaPolicyState;
import blockade.core.policy.ExportRegime;
import java.util.List;

/**
 * What a buyer and user of compute (an AI firm, a startup, the national computing network) sees:
 * the catalogue, the export regime and China's guidance it must obey, the chip market it orders
 * from and the compute exchange it trades on, the power system it deploys into, the domestic
 * ecosystem and the US frontier it measures itself against, and the counterparties of its role
 * (chip suppliers, investors, other firms) through their role views — besides the {@link Port}
 * basics. It places orders and reads; the engine settles them and delivers ({@link ChipBuyer}).
 */
public interface BuyerPort extends Port {
  Catalogue catalogue();

  ExportRegime regime();

  /** China's procurement guidance and customs blocks in force. */
  ChinaPolicyState chinaPolicy();

  /**
   * Whether a legitimate vendor shipment of {@code sku} to the buyer and location is allowed now.
   */
  boolean mayShip(Sku sku, String buyer, Location location);

  ChipMarketService chipMarket();

  ComputeExchangeService exchange();

  PowerSystem power();

  Ecosystem ecosystem();

  Frontier frontier();

  /** The GPU conservation counters (a firm's initial fleet is counted as it is installed). */
  ChipAccounts chips();

  /**
   * What every chip channel offers the buyer this month for each of the locations, channel by
   * channel (in id order) and, within a channel, location by location: the buyer sees offers, not
   * the suppliers.
   */
  List<LocatedQuote> quotes(String buyer, List<Location> locations);

  /** A channel's quote for delivery to a location. */
  record LocatedQuote(Location location, Quote quote) {}

  /**
   * The quotes of {@code channels} for a buyer, channel by channel and, within a channel, location
   * by location, each channel asked with {@code port} (what a port's {@link #quotes} returns).
   */
  static List<LocatedQuote> quotesOf(
      List<ChipSupplier> channels, String buyer, List<Location> locations, SupplierPort port) {
    List<LocatedQuote> out = new java.util.ArrayList<>();
    for (ChipSupplier s : channels) {
      for (Location loc : locations) {
        for (Quote q : s.quotes(buyer, loc, port)) {
          out.add(new LocatedQuote(loc, q));
        }
      }
    }
    return out;
  }

  /** Active agents playing a role (investors, other firms), in id order. */
  <T> List<T> agents(Class<T> role);
}
