package blockade.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CallAuctionKernelTest {
  private static final double EPS = 1e-9;

  private static ExchangeOrder bid(String id, double q, double p) {
    return ExchangeOrder.bid(id, q, p);
  }

  private static ExchangeOrder ask(String id, double q, double p) {
    return ExchangeOrder.ask(id, q, p);
  }

  private static double filled(AuctionResult r, String id, Side side) {
    return r.fills().stream()
        .filter(f -> f.agentId().equals(id) && f.side() == side)
        .mapToDouble(AuctionResult.Fill::quantity)
        .sum();
  }

  @Test
  void clear_noCrossingOrders_tradesNothing() {
    AuctionResult r =
        CallAuctionKernel.clear(List.of(ask("s", 10, 5), bid("b", 10, 4)), 0.02, true);
    assertFalse(r.traded());
    assertEquals(0, r.volume());
    assertTrue(Double.isNaN(r.clearingPriceUsd()));
    assertTrue(r.fills().isEmpty());
    assertEquals(10, r.offeredVolume());
    assertEquals(10, r.bidVolume());
    assertEquals(10, r.unmetBidVolume());
  }

  @Test
  void clear_emptyBook_tradesNothing() {
    AuctionResult r = CallAuctionKernel.clear(List.of(), 0, true);
    assertFalse(r.traded());
    assertTrue(Double.isNaN(r.clearingPriceUsd()));
  }

  @Test
  void clear_oneSidedBook_tradesNothing() {
    AuctionResult r = CallAuctionKernel.clear(List.of(ask("s", 10, 1), ask("t", 5, 2)), 0, true);
    assertFalse(r.traded());
    assertEquals(15, r.offeredVolume());
  }

  @Test
  void clear_singleCrossingPair_tradesAtMidpointOfLimits() {
    AuctionResult r = CallAuctionKernel.clear(List.of(ask("s", 10, 1), bid("b", 10, 3)), 0, true);
    assertEquals(2, r.clearingPriceUsd(), EPS);
    assertEquals(10, r.volume(), EPS);
    assertEquals(0, r.unmetBidVolume(), EPS);
  }

  @Test
  void clear_maximizesVolume() {
    // at 2: supply 15 (asks ≤ 2), demand 15 (bids ≥ 2) — the only price trading 15
    List<ExchangeOrder> book =
        List.of(
            ask("s1", 10, 1),
            ask("s2", 5, 2),
            ask("s3", 10, 4),
            bid("b1", 10, 5),
            bid("b2", 5, 2),
            bid("b3", 10, 1));
    AuctionResult r = CallAuctionKernel.clear(book, 0, true);
    assertEquals(15, r.volume(), EPS);
    assertEquals(2, r.clearingPriceUsd(), EPS);
    assertEquals(10, filled(r, "s1", Side.ASK), EPS);
    assertEquals(5, filled(r, "s2", Side.ASK), EPS);
    assertEquals(0, filled(r, "s3", Side.ASK), EPS);
    assertEquals(10, r.unmetBidVolume(), EPS);
  }

  @Test
  void clear_volumeTie_breaksByImbalance() {
    // 1 and 3 both trade 10; at 1 demand is 15 (imbalance 5), at 3 demand is 10 (imbalance 0)
    List<ExchangeOrder> book = List.of(ask("s", 10, 1), bid("b1", 10, 3), bid("b2", 5, 1));
    AuctionResult r = CallAuctionKernel.clear(book, 0, true);
    assertEquals(3, r.clearingPriceUsd(), EPS);
    assertEquals(10, filled(r, "b1", Side.BID), EPS);
    assertEquals(0, filled(r, "b2", Side.BID), EPS);
  }

  @Test
  void clear_atTheMargin_rationsProRataToQuantity() {
    // price 2 (unique max volume 12 with minimum imbalance): bids at 2 share what b0 leaves
    List<ExchangeOrder> book =
        List.of(ask("s", 12, 2), bid("b0", 4, 5), bid("b1", 6, 2), bid("b2", 10, 2));
    AuctionResult r = CallAuctionKernel.clear(book, 0, true);
    assertEquals(2, r.clearingPriceUsd(), EPS);
    assertEquals(12, r.volume(), EPS);
    assertEquals(4, filled(r, "b0", Side.BID), EPS); // strictly better: fills fully
    assertEquals(8 * 6 / 16.0, filled(r, "b1", Side.BID), EPS);
    assertEquals(8 * 10 / 16.0, filled(r, "b2", Side.BID), EPS);
    assertEquals(12, filled(r, "s", Side.ASK), EPS);
    assertEquals(20 - 12, r.unmetBidVolume(), EPS);
  }

  @Test
  void clear_longAskSide_rationsSellersAtTheMargin() {
    List<ExchangeOrder> book =
        List.of(ask("s0", 2, 1), ask("s1", 3, 3), ask("s2", 9, 3), bid("b", 8, 3));
    AuctionResult r = CallAuctionKernel.clear(book, 0, true);
    assertEquals(3, r.clearingPriceUsd(), EPS);
    assertEquals(8, r.volume(), EPS);
    assertEquals(2, filled(r, "s0", Side.ASK), EPS);
    assertEquals(6 * 3 / 12.0, filled(r, "s1", Side.ASK), EPS);
    assertEquals(6 * 9 / 12.0, filled(r, "s2", Side.ASK), EPS);
  }

  @Test
  void clear_midpointPrice_rationsLeastFavourableInTheMoneyLevel() {
    // ask 10 @ 1, bid 15 @ 3: tied candidates 1 and 3 ⇒ price 2; no bid sits at 2, the bid at 3
    // is the marginal level and gets the 10 available
    AuctionResult r = CallAuctionKernel.clear(List.of(ask("s", 10, 1), bid("b", 15, 3)), 0, true);
    assertEquals(2, r.clearingPriceUsd(), EPS);
    assertEquals(10, filled(r, "b", Side.BID), EPS);
    assertEquals(5, r.unmetBidVolume(), EPS);
  }

  @Test
  void clear_feesAndVouchers_addUpToGross() {
    List<ExchangeOrder> book =
        List.of(
            ask("s1", 10, 1),
            ask("s2", 10, 2),
            new ExchangeOrder("b1", Side.BID, 12, 4, false, 0.25),
            new ExchangeOrder("b2", Side.BID, 5, 3, false, 1.0),
            bid("b3", 3, 2.5));
    AuctionResult r = CallAuctionKernel.clear(book, 0.05, true);
    assertTrue(r.traded());
    double buyerGross = 0;
    double sellerGross = 0;
    for (AuctionResult.Fill f : r.fills()) {
      assertEquals(f.quantity() * r.clearingPriceUsd(), f.grossUsd(), EPS);
      if (f.side() == Side.BID) {
        buyerGross += f.grossUsd();
        assertEquals(f.grossUsd(), f.payUsd() + f.voucherUsd(), EPS);
        assertEquals(0, f.feeUsd());
      } else {
        sellerGross += f.grossUsd();
        assertEquals(f.grossUsd(), f.payUsd() + f.feeUsd(), EPS);
        assertEquals(f.grossUsd() * 0.05, f.feeUsd(), EPS);
        assertEquals(0, f.voucherUsd());
      }
    }
    assertEquals(buyerGross, sellerGross, EPS);
    AuctionResult.Fill b1 =
        r.fills().stream().filter(f -> f.agentId().equals("b1")).findFirst().orElseThrow();
    assertEquals(b1.grossUsd() * 0.25, b1.voucherUsd(), EPS);
    AuctionResult.Fill b2 =
        r.fills().stream().filter(f -> f.agentId().equals("b2")).findFirst().orElseThrow();
    assertEquals(0, b2.payUsd(), EPS);
  }

  @Test
  void clear_offshoreAsksWhenForbidden_areExcludedAndReported() {
    List<ExchangeOrder> book =
        List.of(
            new ExchangeOrder("off", Side.ASK, 7, 0.5, true, 0), ask("on", 3, 1), bid("b", 10, 2));
    AuctionResult closed = CallAuctionKernel.clear(book, 0, false);
    assertEquals(7, closed.excludedOffshoreVolume(), EPS);
    assertEquals(3, closed.offeredVolume(), EPS);
    assertEquals(3, closed.volume(), EPS);
    assertEquals(0, filled(closed, "off", Side.ASK));

    AuctionResult open = CallAuctionKernel.clear(book, 0, true);
    assertEquals(0, open.excludedOffshoreVolume());
    assertEquals(10, open.volume(), EPS);
    assertEquals(7, filled(open, "off", Side.ASK), EPS);
  }

  @Test
  void clear_fills_areInInputOrderAndOnlyForTradedOrders() {
    List<ExchangeOrder> book = List.of(bid("b", 5, 3), ask("x", 5, 9), ask("s", 5, 1));
    AuctionResult r = CallAuctionKernel.clear(book, 0, true);
    assertEquals(List.of("b", "s"), r.fills().stream().map(AuctionResult.Fill::agentId).toList());
  }

  @Test
  void clear_zeroQuantityOrders_doNotMoveThePrice() {
    List<ExchangeOrder> base = List.of(ask("s", 10, 1), bid("b", 15, 3));
    List<ExchangeOrder> withZeros = new ArrayList<>(base);
    withZeros.add(ask("z1", 0, 2.9));
    withZeros.add(bid("z2", 0, 0.1));
    assertEquals(
        CallAuctionKernel.clear(base, 0, true).clearingPriceUsd(),
        CallAuctionKernel.clear(withZeros, 0, true).clearingPriceUsd());
  }

  @Test
  void clear_permutedOrders_giveSamePriceAndFills() {
    List<ExchangeOrder> book =
        List.of(
            ask("s1", 3.3, 1.1),
            ask("s2", 7.1, 2.0),
            ask("s3", 2.2, 2.0),
            ask("s4", 5, 3.5),
            bid("b1", 4.4, 3.0),
            bid("b2", 6.6, 2.0),
            bid("b3", 1.7, 2.0),
            bid("b4", 9, 0.5));
    AuctionResult ref = CallAuctionKernel.clear(book, 0.03, true);
    Random shuffler = new Random(42);
    for (int k = 0; k < 50; k++) {
      List<ExchangeOrder> perm = new ArrayList<>(book);
      Collections.shuffle(perm, shuffler);
      AuctionResult r = CallAuctionKernel.clear(perm, 0.03, true);
      assertEquals(ref.clearingPriceUsd(), r.clearingPriceUsd());
      assertEquals(ref.volume(), r.volume());
      assertEquals(ref.unmetBidVolume(), r.unmetBidVolume());
      assertEquals(byKey(ref), byKey(r));
    }
  }

  private static Map<String, AuctionResult.Fill> byKey(AuctionResult r) {
    Map<String, AuctionResult.Fill> m = new HashMap<>();
    for (AuctionResult.Fill f : r.fills()) {
      m.put(f.side() + ":" + f.agentId(), f);
    }
    return m;
  }

  @Test
  void clear_randomBooks_keepInvariants() {
    SplittableRandom rng = new SplittableRandom(20240601L);
    int traded = 0;
    for (int book = 0; book < 2000; book++) {
      List<ExchangeOrder> orders = new ArrayList<>();
      int n = 1 + rng.nextInt(12);
      for (int i = 0; i < n; i++) {
        Side side = rng.nextBoolean() ? Side.BID : Side.ASK;
        // coarse price grid so ties and shared levels are common
        double price = rng.nextInt(8) * 0.5 + (rng.nextInt(4) == 0 ? rng.nextDouble() : 0);
        double qty =
            rng.nextInt(5) == 0
                ? 0
                : 1 + rng.nextInt(20) + (rng.nextBoolean() ? rng.nextDouble() : 0);
        boolean offshore = side == Side.ASK && rng.nextInt(4) == 0;
        orders.add(new ExchangeOrder("a" + i, side, qty, price, offshore, rng.nextInt(3) * 0.5));
      }
      double fee = rng.nextInt(3) * 0.05;
      boolean allowed = rng.nextBoolean();
      AuctionResult r = CallAuctionKernel.clear(orders, fee, allowed);
      checkInvariants(orders, r, fee, allowed);
      if (r.traded()) {
        traded++;
        assertMaximalVolume(orders, r, allowed);
      }
      List<ExchangeOrder> reversed = new ArrayList<>(orders);
      Collections.reverse(reversed);
      AuctionResult rr = CallAuctionKernel.clear(reversed, fee, allowed);
      assertEquals(r.clearingPriceUsd(), rr.clearingPriceUsd(), 0.0, "book " + book);
      assertEquals(r.volume(), rr.volume(), 0.0, "book " + book);
      assertEquals(byKey(r), byKey(rr), "book " + book);
    }
    assertTrue(traded > 500, "generator should produce many crossing books, got " + traded);
  }

  private static void checkInvariants(
      List<ExchangeOrder> orders, AuctionResult r, double fee, boolean allowed) {
    double tol = 1e-9 * Math.max(1, r.bidVolume() + r.offeredVolume());
    assertTrue(r.volume() <= r.offeredVolume() + tol);
    assertTrue(r.volume() <= r.bidVolume() + tol);
    assertTrue(r.unmetBidVolume() >= 0);
    double bidQ = 0;
    double askQ = 0;
    double bidGross = 0;
    double askGross = 0;
    for (AuctionResult.Fill f : r.fills()) {
      assertTrue(f.quantity() > 0);
      ExchangeOrder o =
          orders.stream().filter(x -> x.agentId().equals(f.agentId())).findFirst().orElseThrow();
      assertTrue(f.quantity() <= o.quantity() + tol, "never more than ordered");
      if (f.side() == Side.BID) {
        assertTrue(r.clearingPriceUsd() <= o.limitPriceUsd(), "price above a filled bid's limit");
        bidQ += f.quantity();
        bidGross += f.grossUsd();
        assertEquals(f.grossUsd(), f.payUsd() + f.voucherUsd(), tol);
      } else {
        assertTrue(r.clearingPriceUsd() >= o.limitPriceUsd(), "price below a filled ask's limit");
        assertTrue(allowed || !o.offshore(), "excluded offshore ask traded");
        askQ += f.quantity();
        askGross += f.grossUsd();
        assertEquals(f.grossUsd() * fee, f.feeUsd(), tol);
        assertEquals(f.grossUsd(), f.payUsd() + f.feeUsd(), tol);
      }
    }
    assertEquals(r.volume(), bidQ, tol);
    assertEquals(r.volume(), askQ, tol);
    double priceScale = r.traded() ? Math.max(1, Math.abs(r.clearingPriceUsd())) : 1;
    assertEquals(bidGross, askGross, tol * priceScale);
    assertEquals(r.bidVolume() - bidQ, r.unmetBidVolume(), tol);
    if (!r.traded()) {
      assertTrue(Double.isNaN(r.clearingPriceUsd()));
    }
  }

  /** Brute force: no limit price trades more than the chosen volume. */
  private static void assertMaximalVolume(
      List<ExchangeOrder> orders, AuctionResult r, boolean allowed) {
    List<ExchangeOrder> eligible =
        orders.stream()
            .filter(o -> o.side() == Side.BID || allowed || !o.offshore())
            .sorted(Comparator.comparingDouble(ExchangeOrder::limitPriceUsd))
            .toList();
    for (ExchangeOrder p : eligible) {
      double s = 0;
      double d = 0;
      for (ExchangeOrder o : eligible) {
        if (o.side() == Side.ASK && o.limitPriceUsd() <= p.limitPriceUsd()) {
          s += o.quantity();
        } else if (o.side() == Side.BID && o.limitPriceUsd() >= p.limitPriceUsd()) {
          d += o.quantity();
        }
      }
      assertTrue(Math.min(s, d) <= r.volume() + 1e-9 * Math.max(1, s + d));
    }
  }

  @Test
  void clear_invalidInputs_areRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CallAuctionKernel.clear(List.of(bid("b", -1, 2)), 0, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> CallAuctionKernel.clear(List.of(bid("b", 1, Double.NaN)), 0, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> CallAuctionKernel.clear(List.of(ask("s", 1, Double.POSITIVE_INFINITY)), 0, true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CallAuctionKernel.clear(
                List.of(new ExchangeOrder("b", Side.BID, 1, 1, false, 1.5)), 0, true));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CallAuctionKernel.clear(
                List.of(new ExchangeOrder(null, Side.BID, 1, 1, false, 0)), 0, true));
    assertThrows(
        IllegalArgumentException.class, () -> CallAuctionKernel.clear(List.of(), -0.1, true));
    assertThrows(IllegalArgumentException.class, () -> CallAuctionKernel.clear(null, 0, true));
  }
}
