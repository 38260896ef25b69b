package blockade.core.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compute exchange's monthly call auction (DESIGN §2.5) as a pure function: orders in, one
 * uniform price and the fills out. No engine, no randomness, no state, so it is tested on its own
 * and the same orders always clear the same way whatever their input order.
 *
 * <p>Rules. Offshore asks are dropped when the regime forbids them. Candidate prices are the limit
 * prices of orders with positive quantity. At price p, supply S(p) is the ask quantity with limit ≤
 * p and demand D(p) the bid quantity with limit ≥ p; traded volume is min(S, D). The price
 * maximizes volume; ties go to the smallest |S − D|, and the price is the midpoint of the lowest
 * and highest candidates still tied. The long side is rationed: walking from the most favourable
 * limit, whole price levels fill while they fit, and the first level that does not fit (the
 * marginal level: orders at the price when an order sits there) shares what is left pro rata to
 * quantity. When the price is a midpoint between two limits no order sits exactly at it, so the
 * marginal level is the least favourable limit still in the money; this generalizes "orders at the
 * price share the remainder" and keeps every filled order within its limit.
 */
public final class CallAuctionKernel {
  static final String NULL_ORDER = "order %d is null or lacks an agent id or side";
  static final String BAD_QUANTITY = "order %d (%s) quantity must be finite and ≥ 0, got %s";
  static final String BAD_PRICE = "order %d (%s) limit price must be finite, got %s";
  static final String BAD_VOUCHER = "order %d (%s) voucher share must be in [0, 1], got %s";
  static final String BAD_FEE = "fee share must be in [0, 1], got %s";

  /** Sort key making every internal sum independent of the input order. */
  private static final Comparator<Indexed> BY_PRICE =
      Comparator.<Indexed>comparingDouble(i -> i.order.limitPriceUsd())
          .thenComparing(i -> i.order.agentId())
          .thenComparingDouble(i -> i.order.quantity())
          .thenComparingDouble(i -> i.order.voucherShare())
          .thenComparing(i -> i.order.offshore());

  /** Relative tolerance under which volumes and imbalances count as tied (rounding noise). */
  private static final double TIE_TOLERANCE = 1e-12;

  private CallAuctionKernel() {}

  private record Indexed(int index, ExchangeOrder order) {
    double qty() {
      return order.quantity();
    }

    double limit() {
      return order.limitPriceUsd();
    }
  }

  /**
   * Clears one call auction.
   *
   * @param orders bids and asks; quantities in H100e-months, prices in USD per H100e-month
   * @param feeShare exchange fee as a share of the seller's gross proceeds, in [0, 1]
   * @param offshoreAllowed whether asks from offshore capacity may trade
   * @throws IllegalArgumentException on a null order, a negative or non-finite quantity, a
   *     non-finite price, or a voucher or fee share outside [0, 1]
   */
  public static AuctionResult clear(
      List<ExchangeOrder> orders, double feeShare, boolean offshoreAllowed) {
    validate(orders, feeShare);
    List<Indexed> asks = new ArrayList<>();
    List<Indexed> bids = new ArrayList<>();
    List<Indexed> excluded = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      ExchangeOrder o = orders.get(i);
      Indexed x = new Indexed(i, o);
      if (o.side() == Side.BID) {
        bids.add(x);
      } else if (o.offshore() && !offshoreAllowed) {
        excluded.add(x);
      } else {
        asks.add(x);
      }
    }
    asks.sort(BY_PRICE);
    bids.sort(BY_PRICE);
    excluded.sort(BY_PRICE);
    double offered = sum(asks);
    double bidVolume = sum(bids);
    double excludedVolume = sum(excluded);

    double price = clearingPrice(asks, bids, offered, bidVolume);
    if (Double.isNaN(price)) {
      return new AuctionResult(
          Double.NaN, 0, offered, bidVolume, bidVolume, excludedVolume, List.of());
    }
    List<Indexed> inAsks = new ArrayList<>();
    for (Indexed a : asks) {
      if (a.limit() <= price && a.qty() > 0) {
        inAsks.add(a);
      }
    }
    List<Indexed> inBids = new ArrayList<>();
    for (int k = bids.size() - 1; k >= 0; k--) { // most favourable (highest) limit first
      Indexed b = bids.get(k);
      if (b.limit() >= price && b.qty() > 0) {
        inBids.add(b);
      }
    }
    double volume = Math.min(sum(inAsks), sum(inBids));
    if (!(volume > 0)) {
      return new AuctionResult(
          Double.NaN, 0, offered, bidVolume, bidVolume, excludedVolume, List.of());
    }
    double[] filled = new double[orders.size()];
    fillSide(inAsks, volume, filled);
    fillSide(inBids, volume, filled);

    List<AuctionResult.Fill> fills = new ArrayList<>();
    double filledBids = 0;
    for (Indexed b : inBids) {
      filledBids += filled[b.index];
    }
    for (int i = 0; i < orders.size(); i++) {
      if (filled[i] > 0) {
        fills.add(fill(orders.get(i), filled[i], price, feeShare));
      }
    }
    return new AuctionResult(
        price,
        volume,
        offered,
        bidVolume,
        Math.max(0, bidVolume - filledBids),
        excludedVolume,
        fills);
  }

  /** The volume-maximizing price, or NaN when no candidate trades a positive volume. */
  private static double clearingPrice(
      List<Indexed> asks, List<Indexed> bids, double offered, double bidVolume) {
    List<Double> candidates = new ArrayList<>();
    for (Indexed x : asks) {
      if (x.qty() > 0) {
        candidates.add(x.limit());
      }
    }
    for (Indexed x : bids) {
      if (x.qty() > 0) {
        candidates.add(x.limit());
      }
    }
    if (candidates.isEmpty()) {
      return Double.NaN;
    }
    double[] p = candidates.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
    double[] supplyAt = new double[p.length];
    double[] vol = new double[p.length];
    double[] imbalance = new double[p.length];
    // supply: asks with limit ≤ p (ascending walk); demand: bids with limit ≥ p (descending walk)
    double supply = 0;
    int a = 0;
    for (int k = 0; k < p.length; k++) {
      while (a < asks.size() && asks.get(a).limit() <= p[k]) {
        supply += asks.get(a++).qty();
      }
      supplyAt[k] = supply;
    }
    double demand = 0;
    int b = bids.size() - 1;
    for (int k = p.length - 1; k >= 0; k--) {
      while (b >= 0 && bids.get(b).limit() >= p[k]) {
        demand += bids.get(b--).qty();
      }
      vol[k] = Math.min(supplyAt[k], demand);
      imbalance[k] = Math.abs(supplyAt[k] - demand);
    }
    double eps = TIE_TOLERANCE * Math.max(1, Math.max(offered, bidVolume));
    double maxVol = 0;
    for (double v : vol) {
      maxVol = Math.max(maxVol, v);
    }
    if (maxVol <= eps) {
      return Double.NaN;
    }
    double minImbalance = Double.POSITIVE_INFINITY;
    for (int k = 0; k < p.length; k++) {
      if (vol[k] >= maxVol - eps) {
        minImbalance = Math.min(minImbalance, imbalance[k]);
      }
    }
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int k = 0; k < p.length; k++) {
      if (vol[k] >= maxVol - eps && imbalance[k] <= minImbalance + eps) {
        if (Double.isNaN(lo)) {
          lo = p[k];
        }
        hi = p[k];
      }
    }
    double mid = (lo + hi) / 2;
    return Double.isInfinite(mid) ? lo / 2 + hi / 2 : mid;
  }

  /**
   * Fills {@code volume} from in-the-money orders sorted most favourable first: whole price levels
   * while they fit, then the first level that does not fit pro rata to quantity.
   */
  private static void fillSide(List<Indexed> side, double volume, double[] filled) {
    if (sum(side) <= volume) { // the short side (or a balanced book): everyone fills
      for (Indexed x : side) {
        filled[x.index] = x.qty();
      }
      return;
    }
    double remaining = volume;
    int k = 0;
    while (k < side.size() && remaining > 0) {
      int end = k;
      double level = 0;
      while (end < side.size() && side.get(end).limit() == side.get(k).limit()) {
        level += side.get(end++).qty();
      }
      if (level <= remaining) {
        for (int j = k; j < end; j++) {
          filled[side.get(j).index] = side.get(j).qty();
        }
        remaining -= level;
      } else {
        for (int j = k; j < end; j++) {
          filled[side.get(j).index] = remaining * (side.get(j).qty() / level);
        }
        remaining = 0;
      }
      k = end;
    }
  }

  private static AuctionResult.Fill fill(
      ExchangeOrder o, double quantity, double price, double feeShare) {
    double gross = quantity * price;
    if (o.side() == Side.BID) {
      double voucher = gross * o.voucherShare();
      return new AuctionResult.Fill(
          o.agentId(), Side.BID, quantity, gross, gross - voucher, voucher, 0);
    }
    double fee = gross * feeShare;
    return new AuctionResult.Fill(o.agentId(), Side.ASK, quantity, gross, gross - fee, 0, fee);
  }

  private static double sum(List<Indexed> xs) {
    double s = 0;
    for (Indexed x : xs) {
      s += x.qty();
    }
    return s;
  }

  private static void validate(List<ExchangeOrder> orders, double feeShare) {
    if (orders == null) {
      throw new IllegalArgumentException("orders must not be null");
    }
    if (!(feeShare >= 0 && feeShare <= 1)) {
      throw new IllegalArgumentException(String.format(BAD_FEE, feeShare));
    }
    for (int i = 0; i < orders.size(); i++) {
      ExchangeOrder o = orders.get(i);
      if (o == null || o.agentId() == null || o.side() == null) {
        throw new IllegalArgumentException(String.format(NULL_ORDER, i));
      }
      if (!(o.quantity() >= 0) || Double.isInfinite(o.quantity())) {
        throw new IllegalArgumentException(
            String.format(BAD_QUANTITY, i, o.agentId(), o.quantity()));
      }
      if (!Double.isFinite(o.limitPriceUsd())) {
        throw new IllegalArgumentException(
            String.format(BAD_PRICE, i, o.agentId(), o.limitPriceUsd()));
      }
      if (!(o.voucherShare() >= 0 && o.voucherShare() <= 1)) {
        throw new IllegalArgumentException(
            String.format(BAD_VOUCHER, i, o.agentId(), o.voucherShare()));
      }
    }
  }
}
