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

  /**
   * Sort key making every internal sum independent of the input order: limit price, then agent id,
   * quantity, voucher share and offshore flag. Orders are sorted by a stable radix sort on the
   * price bits and only runs of equal prices compare the rest, which gives the same order as
   * sorting by this comparator (fully tied orders keep their input order either way).
   */
  private static final Comparator<ExchangeOrder> TIES =
      Comparator.comparing(ExchangeOrder::agentId)
          .thenComparingDouble(ExchangeOrder::quantity)
          .thenComparingDouble(ExchangeOrder::voucherShare)
          .thenComparing(ExchangeOrder::offshore);

  /** Relative tolerance under which volumes and imbalances count as tied (rounding noise). */
  private static final double TIE_TOLERANCE = 1e-12;

  private CallAuctionKernel() {}

  /** The orders of one side as indices into the book, and the book's quantities and limits. */
  private record SortedSide(int[] idx, int n, double[] qty, double[] limit) {
    double qty(int k) {
      return qty[idx[k]];
    }

    double limit(int k) {
      return limit[idx[k]];
    }

    double sum() {
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += qty[idx[k]];
      }
      return s;
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
    int n = orders.size();
    ExchangeOrder[] book = orders.toArray(new ExchangeOrder[0]);
    double[] qty = new double[n];
    double[] limit = new double[n];
    int[] askIdx = new int[n];
    int[] bidIdx = new int[n];
    int[] exIdx = new int[n];
    int na = 0;
    int nb = 0;
    int nx = 0;
    for (int i = 0; i < n; i++) {
      ExchangeOrder o = book[i];
      qty[i] = o.quantity();
      limit[i] = o.limitPriceUsd();
      if (o.side() == Side.BID) {
        bidIdx[nb++] = i;
      } else if (o.offshore() && !offshoreAllowed) {
        exIdx[nx++] = i;
      } else {
        askIdx[na++] = i;
      }
    }
    SortedSide asks = sorted(askIdx, na, book, qty, limit);
    SortedSide bids = sorted(bidIdx, nb, book, qty, limit);
    SortedSide excluded = sorted(exIdx, nx, book, qty, limit);
    double offered = asks.sum();
    double bidVolume = bids.sum();
    double excludedVolume = excluded.sum();

    double price = clearingPrice(asks, bids, offered, bidVolume);
    if (Double.isNaN(price)) {
      return new AuctionResult(
          Double.NaN, 0, offered, bidVolume, bidVolume, excludedVolume, List.of());
    }
    int[] in = new int[asks.n];
    int nIn = 0;
    for (int k = 0; k < asks.n; k++) {
      if (asks.limit(k) <= price && asks.qty(k) > 0) {
        in[nIn++] = asks.idx[k];
      }
    }
    SortedSide inAsks = new SortedSide(in, nIn, qty, limit);
    in = new int[bids.n];
    nIn = 0;
    for (int k = bids.n - 1; k >= 0; k--) { // most favourable (highest) limit first
      if (bids.limit(k) >= price && bids.qty(k) > 0) {
        in[nIn++] = bids.idx[k];
      }
    }
    SortedSide inBids = new SortedSide(in, nIn, qty, limit);
    double volume = Math.min(inAsks.sum(), inBids.sum());
    if (!(volume > 0)) {
      return new AuctionResult(
          Double.NaN, 0, offered, bidVolume, bidVolume, excludedVolume, List.of());
    }
    double[] filled = new double[n];
    fillSide(inAsks, volume, filled);
    fillSide(inBids, volume, filled);

    List<AuctionResult.Fill> fills = new ArrayList<>();
    double filledBids = 0;
    for (int k = 0; k < inBids.n; k++) {
      filledBids += filled[inBids.idx[k]];
    }
    for (int i = 0; i < n; i++) {
      if (filled[i] > 0) {
        fills.add(fill(book[i], filled[i], price, feeShare));
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

  /**
   * The first {@code n} indices sorted by limit price (a stable radix sort on the price bits), then
   * each run of equal prices by {@link #TIES}.
   */
  private static SortedSide sorted(
      int[] idx, int n, ExchangeOrder[] book, double[] qty, double[] limit) {
    long[] key = new long[n];
    for (int k = 0; k < n; k++) {
      key[k] = KeySort.doubleKey(limit[idx[k]]);
    }
    KeySort.sort(key, idx, n);
    for (int k = 0; k < n; ) {
      int end = k + 1;
      while (end < n && key[end] == key[k]) {
        end++;
      }
      if (end - k > 1) {
        Integer[] run = new Integer[end - k];
        for (int j = k; j < end; j++) {
          run[j - k] = idx[j];
        }
        java.util.Arrays.sort(run, (x, y) -> TIES.compare(book[x], book[y])); // stable
        for (int j = k; j < end; j++) {
          idx[j] = run[j - k];
        }
      }
      k = end;
    }
    return new SortedSide(idx, n, qty, limit);
  }

  /** The volume-maximizing price, or NaN when no candidate trades a positive volume. */
  private static double clearingPrice(
      SortedSide asks, SortedSide bids, double offered, double bidVolume) {
    // candidate prices: the distinct limits of orders with positive quantity, ascending (a merge
    // of the two sorted sides)
    double[] p = new double[asks.n + bids.n];
    int np = 0;
    int i = 0;
    int j = 0;
    while (true) {
      while (i < asks.n && !(asks.qty(i) > 0)) {
        i++;
      }
      while (j < bids.n && !(bids.qty(j) > 0)) {
        j++;
      }
      double next;
      if (i < asks.n && (j >= bids.n || Double.compare(asks.limit(i), bids.limit(j)) <= 0)) {
        next = asks.limit(i++);
      } else if (j < bids.n) {
        next = bids.limit(j++);
      } else {
        break;
      }
      if (np == 0 || Double.compare(p[np - 1], next) != 0) {
        p[np++] = next;
      }
    }
    if (np == 0) {
      return Double.NaN;
    }
    double[] supplyAt = new double[np];
    double[] vol = new double[np];
    double[] imbalance = new double[np];
    // supply: asks with limit ≤ p (ascending walk); demand: bids with limit ≥ p (descending walk)
    double supply = 0;
    int a = 0;
    for (int k = 0; k < np; k++) {
      while (a < asks.n && asks.limit(a) <= p[k]) {
        supply += asks.qty(a++);
      }
      supplyAt[k] = supply;
    }
    double demand = 0;
    int b = bids.n - 1;
    for (int k = np - 1; k >= 0; k--) {
      while (b >= 0 && bids.limit(b) >= p[k]) {
        demand += bids.qty(b--);
      }
      vol[k] = Math.min(supplyAt[k], demand);
      imbalance[k] = Math.abs(supplyAt[k] - demand);
    }
    double eps = TIE_TOLERANCE * Math.max(1, Math.max(offered, bidVolume));
    double maxVol = 0;
    for (int k = 0; k < np; k++) {
      maxVol = Math.max(maxVol, vol[k]);
    }
    if (maxVol <= eps) {
      return Double.NaN;
    }
    double minImbalance = Double.POSITIVE_INFINITY;
    for (int k = 0; k < np; k++) {
      if (vol[k] >= maxVol - eps) {
        minImbalance = Math.min(minImbalance, imbalance[k]);
      }
    }
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int k = 0; k < np; k++) {
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
  private static void fillSide(SortedSide side, double volume, double[] filled) {
    if (side.sum() <= volume) { // the short side (or a balanced book): everyone fills
      for (int k = 0; k < side.n; k++) {
        filled[side.idx[k]] = side.qty(k);
      }
      return;
    }
    double remaining = volume;
    int k = 0;
    while (k < side.n && remaining > 0) {
      int end = k;
      double level = 0;
      while (end < side.n && side.limit(end) == side.limit(k)) {
        level += side.qty(end++);
      }
      if (level <= remaining) {
        for (int j = k; j < end; j++) {
          filled[side.idx[j]] = side.qty(j);
        }
        remaining -= level;
      } else {
        for (int j = k; j < end; j++) {
          filled[side.idx[j]] = remaining * (side.qty(j) / level);
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
