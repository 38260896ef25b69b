package blockade.agents.firm;

import blockade.core.market.AuctionResult;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.Location;
import blockade.core.market.Side;
import blockade.core.market.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * A firm's desk on the compute exchange (DESIGN §2.2.6): it offers the capacity that stood idle
 * last month (home, and offshore by remote access, which the exchange drops unless the offshore
 * rule is open) at a reserve price of running cost plus a markup, bids for the training compute its
 * own chips cannot deliver, and keeps this month's fills: compute rented in (which trains) and sold
 * out (which the firm's own training loses).
 */
final class ExchangeDesk implements java.io.Serializable {
  private final String firm;
  private double rented;
  private double sold;
  private double idleLastTick;
  private double idleOffshoreLastTick;

  ExchangeDesk(String firm) {
    this.firm = firm;
  }

  /** A new month: no fills yet. */
  void newMonth() {
    rented = 0;
    sold = 0;
  }

  /**
   * Reserve price of the firm's home compute, USD per effective H100e-month: Σ units × running cost
   * per unit over home chips, divided by their effective training compute, times the markup; 0
   * without home chips.
   *
   * @param monthlyCostUsd running cost of one unit a month (power plus depreciation), USD
   */
  static double reservePrice(
      CapacityView view, ToDoubleFunction<Sku> monthlyCostUsd, double markup) {
    double cost = 0;
    for (CapacityView.Line l : view.lines()) {
      if (l.location() == Location.DOMESTIC) {
        cost += l.units() * monthlyCostUsd.applyAsDouble(l.sku());
      }
    }
    double h = view.homeTrain();
    return h > 0 ? cost / h * markup : 0;
  }

  /** Asks for a share of last month's idle capacity: home first, then offshore. */
  List<ExchangeOrder> asks(double reserve, double offerShare) {
    List<ExchangeOrder> out = new ArrayList<>(2);
    if (idleLastTick - idleOffshoreLastTick > 0) {
      out.add(
          new ExchangeOrder(
              firm,
              Side.ASK,
              (idleLastTick - idleOffshoreLastTick) * offerShare,
              reserve,
              false,
              0));
    }
    if (idleOffshoreLastTick > 0) {
      // remote access to offshore capacity: the exchange drops it unless the regime allows it
      out.add(
          new ExchangeOrder(firm, Side.ASK, idleOffshoreLastTick * offerShare, reserve, true, 0));
    }
    return out;
  }

  /**
   * A bid for the compute the firm's own chips cannot deliver. Rented compute serves training only,
   * so at most the training demand is bid for, and no more than free cash pays for at the buyer's
   * own price (its value of compute, less the voucher share); null when nothing is bid.
   *
   * @param ownCapacity {@link CapacityView#ownCapacity()}, H100e
   * @param voucherShare share of the price the voucher pot pays (startups), else 0
   * @param valueUsd what an H100e-month is worth to the firm, USD
   * @param cashFreeUsdM free cash, USD millions (asked only when there is a shortfall)
   */
  ExchangeOrder bid(
      double trainDemand,
      double inferDemand,
      double ownCapacity,
      double voucherShare,
      double valueUsd,
      DoubleSupplier cashFreeUsdM) {
    double shortfall = Math.min(trainDemand, Math.max(0, trainDemand + inferDemand - ownCapacity));
    if (shortfall <= 0) {
      return null;
    }
    double vs = voucherShare;
    double value = valueUsd;
    double affordable = cashFreeUsdM.getAsDouble() * 1e6 / Math.max(1, value * (1 - vs));
    double qty = Math.min(shortfall, affordable);
    if (qty > 0) {
      return new ExchangeOrder(firm, Side.BID, qty, value / (1 - vs), false, vs);
    }
    return null;
  }

  /** A fill from the auction: a bid rents compute in, an ask sells it. */
  void onFill(AuctionResult.Fill fill) {
    if (fill.side() == Side.BID) {
      rented += fill.quantity();
    } else {
      sold += fill.quantity();
    }
  }

  /**
   * Records what stood idle after training, for next month's asks: training capacity not sold and
   * not needed, and of it at most the offshore capacity as offshore.
   */
  void recordIdle(double trainCap, double trainDemand, double offshoreCap) {
    idleLastTick = Math.max(0, trainCap - sold - trainDemand);
    idleOffshoreLastTick = Math.min(idleLastTick, offshoreCap);
  }

  /** Compute rented in this month, H100e-months. */
  double rented() {
    return rented;
  }

  /** Compute sold this month, H100e-months. */
  double sold() {
    return sold;
  }

  /** Idle capacity after last month's training, H100e (offshore included). */
  double idleLastTick() {
    return idleLastTick;
  }
}
