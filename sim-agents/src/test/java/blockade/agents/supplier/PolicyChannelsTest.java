package blockade.agents.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import blockade.agents.FakePort;
import blockade.core.engine.Phase;
import blockade.core.market.Acceptance;
import blockade.core.market.ChipOrder;
import blockade.core.market.Location;
import blockade.core.market.Shipment;
import blockade.core.policy.ExportRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Customs stops, licence revenue shares, the domestic price ceiling and tool controls. */
class PolicyChannelsTest {
  private static ChipOrder order(String sku, String channel, long units) {
    return new ChipOrder("firm", "firm", sku, channel, units, Location.DOMESTIC, false, "procure");
  }

  private static blockade.core.market.Quote h20(List<blockade.core.market.Quote> quotes) {
    return quotes.stream().filter(q -> q.sku().name().equals("H20")).findFirst().orElse(null);
  }

  private static UsSupplierAgent nvidia(double passThrough) {
    return new UsSupplierAgent("nvidia-like", new UsSupplierConfig(2, 1, 1, passThrough, ""));
  }

  @Test
  void aPartialCustomsStop_holdsBackItsShare_andBuyersSeeItInTheQuote() {
    FakePort port = new FakePort();
    port.chinaPolicy.customsStops(Map.of("H20", 0.5));
    UsSupplierAgent v = nvidia(0);
    var q = h20(v.quotes("firm", Location.DOMESTIC, port));
    assertEquals(0.5, q.deliveryProbability(), 1e-12);
    Acceptance a = v.fill(List.of(order("H20", "nvidia-like", 11)), port).get(0);
    assertEquals(5, a.units(), "half of 11 gets through customs");
    port.chinaPolicy.block(Set.of("H20"));
    assertEquals(null, h20(v.quotes("firm", Location.DOMESTIC, port)), "a full block: no offer");
  }

  @Test
  void aLicenceRevenueShare_isPaidOnDeliveries_andPartlyPassedOnInPrice() {
    ExportRule licence =
        ExportRule.builder("licence")
            .effective(0)
            .unbans(Set.of("H20"))
            .licenceRevenueShare(0.2)
            .build();
    FakePort port = new FakePort(licence).account("nvidia-like", 0);
    UsSupplierAgent v = nvidia(0.5);
    double price = h20(v.quotes("firm", Location.DOMESTIC, port)).unitPriceUsd();
    assertEquals(12_000 * (1 + 0.5 * 0.2 / 0.8), price, 1e-6, "half the share passed on");
    ChipOrder o = order("H20", "nvidia-like", 100);
    port.ledger.inject("test", "nvidia-like", 10);
    v.delivered(new Shipment(o, 100, 0, price, 0), port);
    assertEquals(0.2 * 100 * price / 1e6, v.getLicenceFeesUsdM(), 1e-9);
    assertEquals(
        v.getChinaRevenueTotalUsdM(), 100 * price / 1e6, 1e-9, "China revenue is reported gross");
    FakePort none = new FakePort();
    assertEquals(12_000, h20(nvidia(0.5).quotes("firm", Location.DOMESTIC, none)).unitPriceUsd());
  }

  @Test
  void theDomesticPrice_staysWithinBuyersNextBestOption_andAboveItsFloor() {
    FakePort port = new FakePort();
    var cfg = FakePort.baseline().domesticSuppliers().get("huawei-like");
    DomesticSupplierAgent huawei = new DomesticSupplierAgent("huawei-like", cfg);
    // huge excess demand would push the price up month after month
    for (int m = 0; m < 24; m++) {
      huawei.fill(List.of(order("ascend", "huawei-like", 10_000_000)), port);
      port.substituteUsdPerH100e = 30_000;
      huawei.act(Phase.SUPPLY, port);
      port.tick++;
    }
    double ceiling = 30_000 * 0.6 * port.ecosystem.domesticEfficiency(1.0);
    double floor = 10_000 * cfg.priceFloorShare();
    double price = port.catalogue.price("ascend");
    assertEquals(Math.max(floor, ceiling), price, 1e-6, "capped at the next-best option");
    assertEquals(ceiling, huawei.getPriceCeilingUsd(), 1e-6);
  }

  @Test
  void toolControls_capWaferCapacity_andStopCapexBeyondIt() {
    FakePort port = new FakePort().account("huawei-like", 1e6);
    var base = FakePort.baseline().domesticSuppliers().get("huawei-like");
    var capped =
        new DomesticSupplierConfig(
            base.wafersPerMonth(),
            base.diesPerWafer(),
            base.initialYield(),
            base.maxYield(),
            base.learningWafers(),
            base.learningExponent(),
            base.dieStock(),
            base.dieStockPerMonth(),
            base.hbmStockStacks(),
            base.hbmImportStacksPerMonth(),
            base.hbmRushStacksPerMonth(),
            base.hbmDomesticStacksPerMonth(),
            base.hbmDomesticGrowthPerYear(),
            base.reinvestShare(),
            base.capexUsdMPerWaferPerMonth(),
            base.capacityLeadTimeMonths(),
            base.allocation(),
            base.priceSensitivity(),
            base.maxPriceStepShare(),
            base.priceFloorShare(),
            Map.of("2022-10", base.wafersPerMonth() + 100),
            "");
    DomesticSupplierAgent huawei = new DomesticSupplierAgent("huawei-like", capped);
    port.account("fund", 1e5);
    port.ledger.transfer("fund", "huawei-like", 1e5, CapacityInvestee.GRANT);
    huawei.act(Phase.RECORD, port);
    assertEquals(
        1e6 + 1e5 - 100 * base.capexUsdMPerWaferPerMonth(),
        port.ledger.balance("huawei-like"),
        1e-6,
        "the grant is spent in the maker's own RECORD step, and only on the 100 wafers the tools allow");
    for (int m = 0; m <= base.capacityLeadTimeMonths(); m++) {
      huawei.act(Phase.SUPPLY, port);
      port.tick++;
    }
    assertEquals(base.wafersPerMonth() + 100, huawei.getWafersPerMonth(), 1e-6);
  }

  @Test
  void remoteAccess_offersOnlyWhileTheRegimeLeavesItOpen() {
    ExportRule close = ExportRule.builder("close").effective(2).remoteAccess(false).build();
    FakePort port = new FakePort(close);
    RemoteCloudAgent cloud =
        new RemoteCloudAgent(
            new RemoteAccessConfig(true, Map.of("2022-10", 1000.0), 2000, 0.5, ""));
    assertEquals(3000, cloud.askUsd(), 1e-9);
    assertTrue(cloud.isOpen());
    assertFalse(port.regime.at(2).remoteAccessOpen());
    assertTrue(port.regime.at(1).remoteAccessOpen());
  }
}
