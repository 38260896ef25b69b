package blockade.agents.firm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.core.market.AuctionResult;
import blockade.core.market.ExchangeOrder;
import blockade.core.market.Location;
import blockade.core.market.Origin;
import blockade.core.market.Side;
import blockade.core.market.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The firm's parts on their own, with small hand-made fleets and numbers (no scenario, no world).
 */
class FirmPartsTest {
  private static final Sku H800 =
      new Sku(
          "h800", "nvidia-like", Origin.US, 1, 0.9, 40000, 0.7, 0, Integer.MAX_VALUE, 60, 2, 1, 0);
  private static final Sku ASCEND =
      new Sku(
          "910b",
          "huawei-like",
          Origin.DOMESTIC,
          0.32,
          0.3,
          17000,
          0.4,
          0,
          Integer.MAX_VALUE,
          60,
          1,
          1,
          4);
  private static final double EFF = 0.37;

  private static List<Cohort> fleet() {
    return List.of(
        new Cohort(H800, Location.DOMESTIC, -1, 1000),
        new Cohort(ASCEND, Location.DOMESTIC, -1, 3000),
        new Cohort(H800, Location.OFFSHORE, -1, 500));
  }

  // ---------------------------------------------------------------- CapacityView

  @Test
  void capacityView_appliesEfficiencyToDomesticChipsOnly_inTheOldOperandOrder() {
    CapacityView v = CapacityView.of(fleet(), EFF, true);
    assertEquals(1.0, v.efficiency(H800));
    assertEquals(EFF, v.efficiency(ASCEND));
    assertEquals(2, v.home().size(), "offshore chips are not in the home split");
    assertEquals(1000 * 1.0 * 1.0, v.home().get(0)[0]);
    assertEquals(
        3000 * 0.32 * EFF, v.home().get(1)[0], 0.0, "(units × perf) × efficiency, bit for bit");
    assertEquals(3000 * 0.3 * EFF, v.home().get(1)[1], 0.0);
    assertEquals(500 * 1.0 * 1.0, v.offshoreTrain());
    double own = 0;
    own += 1000 * Math.max(1, 0.9) * 1.0;
    own += 3000 * Math.max(0.32, 0.3) * EFF;
    own += 500 * Math.max(1, 0.9) * 1.0;
    assertEquals(own, v.ownCapacity(), 0.0, "summed in fleet order");
    assertEquals(1000 * 1.0 * 1.0 + 3000 * 0.32 * EFF, v.homeTrain(), 0.0);
    assertEquals(3, v.lines().size());
  }

  @Test
  void capacityView_offshoreChipsCountForNothing_underAClosedOffshoreRule() {
    CapacityView v = CapacityView.of(fleet(), EFF, false);
    assertEquals(0.0, v.offshoreTrain());
    assertEquals(
        1000 * Math.max(1, 0.9) * 1.0 + 3000 * Math.max(0.32, 0.3) * EFF, v.ownCapacity(), 0.0);
    assertFalse(v.lines().get(2).usable());
    assertTrue(v.lines().get(0).usable());
  }

  @Test
  void capacityView_perfOfStockOrOrders_usesTheSameEfficiency() {
    CapacityView v = CapacityView.of(List.of(), EFF, true);
    double[] p = v.perf(ASCEND, 10);
    assertEquals(10 * 0.32 * EFF, p[0], 0.0);
    assertEquals(10 * 0.3 * EFF, p[1], 0.0);
    assertEquals(0.0, v.ownCapacity());
    assertTrue(v.home().isEmpty());
  }

  // ---------------------------------------------------------------- ExchangeDesk

  @Test
  void exchangeDesk_offersLastMonthsIdleCapacity_homeThenOffshore() {
    ExchangeDesk d = new ExchangeDesk("f");
    assertTrue(d.asks(100, 0.8).isEmpty(), "nothing idle before the first month");
    d.recordIdle(100, 40, 20);
    assertEquals(60, d.idleLastTick());
    List<ExchangeOrder> asks = d.asks(250, 0.5);
    assertEquals(2, asks.size());
    assertEquals(new ExchangeOrder("f", Side.ASK, 40 * 0.5, 250, false, 0), asks.get(0));
    assertEquals(
        new ExchangeOrder("f", Side.ASK, 20 * 0.5, 250, true, 0),
        asks.get(1),
        "offshore by remote access");
  }

  @Test
  void exchangeDesk_fills_rentIn_sellOut_andSoldComputeIsNotIdle() {
    ExchangeDesk d = new ExchangeDesk("f");
    d.onFill(new AuctionResult.Fill("f", Side.BID, 7, 0, 0, 0, 0));
    d.onFill(new AuctionResult.Fill("f", Side.ASK, 10, 0, 0, 0, 0));
    assertEquals(7, d.rented());
    assertEquals(10, d.sold());
    d.recordIdle(100, 40, 100);
    assertEquals(50, d.idleLastTick());
    d.newMonth();
    assertEquals(0, d.rented());
    assertEquals(0, d.sold());
  }

  @Test
  void exchangeDesk_bidsForTheTrainingShortfall_withinFreeCash() {
    ExchangeDesk d = new ExchangeDesk("f");
    // own chips cover everything: no bid, and free cash is never asked for
    assertNull(
        d.bid(
            50,
            50,
            120,
            0,
            2000,
            () -> {
              throw new AssertionError("cash asked without a shortfall");
            }));
    // shortfall 80 but rented compute only trains: at most the training demand, 50
    ExchangeOrder bid = d.bid(50, 50, 20, 0, 2000, () -> 1e6);
    assertEquals(new ExchangeOrder("f", Side.BID, 50, 2000, false, 0), bid);
    // a voucher pays a share: the limit is grossed up, the buyer's own price stays its value
    ExchangeOrder vouchered = d.bid(50, 50, 20, 0.25, 2000, () -> 1e6);
    assertEquals(2000 / 0.75, vouchered.limitPriceUsd(), 1e-9);
    assertEquals(0.25, vouchered.voucherShare());
    // 0.03 USD m buys 0.03e6 / 2000 = 15 H100e-months
    assertEquals(15, d.bid(50, 50, 20, 0, 2000, () -> 0.03).quantity(), 1e-9);
    assertNull(d.bid(50, 50, 20, 0, 2000, () -> 0));
  }

  @Test
  void exchangeDesk_reservePrice_isHomeRunningCostPerEffectiveH100e_timesMarkup() {
    CapacityView v = CapacityView.of(fleet(), EFF, true);
    double cost = 1000 * 50.0 + 3000 * 20.0;
    double reserve = ExchangeDesk.reservePrice(v, sku -> sku.isUs() ? 50.0 : 20.0, 1.1);
    assertEquals(cost / v.homeTrain() * 1.1, reserve, 0.0);
    assertEquals(
        0.0, ExchangeDesk.reservePrice(CapacityView.of(List.of(), EFF, true), sku -> 50.0, 1.1));
  }

  // ---------------------------------------------------------------- exit predicate

  @Test
  void startupExit_isDecidedByAPurePredicate() {
    assertTrue(StartupFinance.insolvent(0.4, 1.0), "less than half a month's burn left");
    assertFalse(StartupFinance.insolvent(0.5, 1.0), "half a month's burn is enough");
    assertFalse(StartupFinance.insolvent(0, 0), "no burn, never fails");
    assertTrue(StartupFinance.insolvent(Double.NaN, 1.0), "NaN cash fails, as the old check did");
    assertFalse(new IncumbentFinance().failed(null, null), "incumbents never fail");
  }
}
